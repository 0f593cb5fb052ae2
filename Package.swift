// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "scopewalk",
  products: [
    .executable(name: "scopewalk", targets: ["scopewalk"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "ScopeEngine"),
    .target(name: "Dialects", dependencies: ["ScopeEngine"]),
    .target(name: "CWidth"),
    .target(name: "Explorer", dependencies: ["ScopeEngine", "Dialects", "CWidth"]),
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
    // Terminal names every module whose types shape `Explorer`, so a layout change there
    // rebuilds it (an incremental build otherwise kept a stale copy of the struct).
    .target(name: "Terminal", dependencies: ["Explorer", "Dialects", "ScopeEngine", "CNcursesw"]),
    .executableTarget(
      name: "scopewalk",
      dependencies: [
        "ScopeEngine", "Dialects", "Explorer", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "scopewalk-bench", dependencies: ["ScopeEngine", "Dialects", "Explorer"]),
    .testTarget(name: "ScopeEngineTests", dependencies: ["ScopeEngine"]),
    .testTarget(name: "DialectsTests", dependencies: ["ScopeEngine", "Dialects"]),
    .testTarget(name: "ExplorerTests", dependencies: ["ScopeEngine", "Dialects", "Explorer"]),
    .testTarget(name: "EndToEndTests", dependencies: ["scopewalk"]),
  ]
)
