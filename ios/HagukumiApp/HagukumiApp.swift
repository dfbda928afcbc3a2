import HandbookKit
import SwiftUI

/// The iOS app: SwiftUI screens over HandbookKit. Build with Xcode after
/// ../build-xcframework.sh (see ../README.md).
@main
struct HagukumiApp: App {
    @StateObject private var model = HandbookModel()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            NavigationStack {
                HomeView()
            }
            .environmentObject(model)
            .task { await model.open() }
        }
        .onChange(of: scenePhase) { _, phase in
            // iOS kills a suspended app that still holds the SQLite file lock
            // (0xdead10cc): checkpoint and close when leaving the foreground.
            Task {
                switch phase {
                case .background: await model.close()
                case .active: await model.open()
                default: break
                }
            }
        }
    }
}
