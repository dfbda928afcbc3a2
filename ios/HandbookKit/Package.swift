// swift-tools-version:6.0
// HandbookKit: the Hagukumi core for Swift.
//
// Targets:
//   HagukumiFFI  the C interface of libhagukumi: the generated HagukumiFFI.h and
//                hagukumi_coreFFI.h and a hand-written module.modulemap (a system
//                library linking "hagukumi");
//                on a Mac with an XCFramework built by ../build-xcframework.sh, that
//                framework instead.
//   Hagukumi     the generated Swift bindings (Hagukumi.swift: the Handbook object;
//                HagukumiCore.swift: the core's types), never edited, and the
//                hand-written CalendarDay.swift.
//   HandbookKit  the thin facade the app uses (one call helper off the main thread, a
//                change stream) and the app's logic that is not drawing.
//
// The generated files (Sources/HagukumiFFI/*.h, Sources/Hagukumi/Hagukumi*.swift)
// are not committed; scripts/test-swift.sh (Linux) and ../build-xcframework.sh (Mac)
// regenerate them from the library they build.
import Foundation
import PackageDescription

let xcframework = "../build/HagukumiFFI.xcframework"
let useXCFramework = FileManager.default.fileExists(atPath: "\(Context.packageDirectory)/\(xcframework)")

let ffiTarget: Target = useXCFramework
    ? .binaryTarget(name: "HagukumiFFI", path: xcframework)
    : .systemLibrary(name: "HagukumiFFI")

let package = Package(
    name: "HandbookKit",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
    ],
    targets: [
        ffiTarget,
        .target(name: "Hagukumi", dependencies: ["HagukumiFFI"]),
        .target(name: "HandbookKit", dependencies: ["Hagukumi"]),
        .testTarget(name: "HandbookKitTests", dependencies: ["HandbookKit"]),
    ]
)
