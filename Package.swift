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
    .target(name: "ScopeEngine", dependencies: ["CWidth"]),
    .target(name: "Dialects", dependencies: ["ScopeEngine", "CICU"]),
    .systemLibrary(name: "CICU"),
    .target(name: "CWidth"),
    .target(name: "Screen", dependencies: ["CWidth"]),
    .target(name: "Explorer", dependencies: ["ScopeEngine", "Dialects", "Screen"]),
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
    .target(name: "Terminal", dependencies: ["Screen", "CNcursesw"]),
    .executableTarget(
      name: "scopewalk",
      dependencies: [
        "ScopeEngine", "Dialects", "Screen", "Explorer", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "scopewalk-bench", dependencies: ["ScopeEngine", "Dialects", "Screen", "Explorer"]),
    .testTarget(name: "ScopeEngineTests", dependencies: ["ScopeEngine"]),
    .testTarget(name: "DialectsTests", dependencies: ["ScopeEngine", "Dialects"]),
    .testTarget(name: "ExplorerTests", dependencies: ["ScopeEngine", "Dialects", "Screen", "Explorer"]),
    .testTarget(name: "EndToEndTests", dependencies: ["scopewalk"]),
  ]
)

// `fuzz/run` builds the libFuzzer harness with FUZZ=1; a plain `swift build` leaves it out,
// since its entry point is libFuzzer's and only links with `--sanitize=fuzzer`.
if Context.environment["FUZZ"] == "1" {
  package.targets.append(
    .executableTarget(
      name: "scopewalk-fuzz", dependencies: ["ScopeEngine", "Dialects"],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
