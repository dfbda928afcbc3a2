// swift-tools-version:6.0
// HandbookKit: the Hagukumi core for Swift.
//
// Targets:
//   HagukumiFFI  the C interface of libhagukumi: the generated HagukumiFFI.h and a
//                hand-written module.modulemap (a system library linking "hagukumi");
//                on a Mac with an XCFramework built by ../build-xcframework.sh, that
//                framework instead.
//   Hagukumi     the generated Swift bindings (Hagukumi.swift), never edited.
//   HandbookKit  the thin facade the app uses: async calls off the main thread.
//
// The generated files (Sources/HagukumiFFI/HagukumiFFI.h, Sources/Hagukumi/Hagukumi.swift)
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
