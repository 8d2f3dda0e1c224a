// swift-tools-version:5.9
// The Lexpact Swift bindings as a Swift package, for macOS and iOS. `Sources/` holds the
// sources uniffi generates (the committed snapshot that bindings/uniffi/test.sh checks); the
// native library is linked from the workspace's target/release (`cargo build --release -p
// lexpact-uniffi`). For an app, build an XCFramework instead (see README.md).
import Foundation
import PackageDescription

let libDir = URL(fileURLWithPath: Context.packageDirectory)
    .appendingPathComponent("../../target/release")
    .standardized.path

let package = Package(
    name: "Lexpact",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [.library(name: "Lexpact", targets: ["Lexpact"])],
    targets: [
        .systemLibrary(name: "LexpactFFI", path: "Sources/LexpactFFI"),
        .target(
            name: "Lexpact",
            dependencies: ["LexpactFFI"],
            path: "Sources/Lexpact",
            linkerSettings: [
                .linkedLibrary("lexpact_uniffi"),
                .unsafeFlags(["-L", libDir, "-Xlinker", "-rpath", "-Xlinker", libDir]),
            ]
        ),
        .testTarget(name: "LexpactTests", dependencies: ["Lexpact"], path: "Tests/LexpactTests"),
    ]
)
