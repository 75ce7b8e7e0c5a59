// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "liaison",
  products: [
    .library(name: "LiaisonCore", targets: ["LiaisonCore"]),
    .executable(name: "liaison", targets: ["liaison"]),
    .executable(name: "liaison-bench", targets: ["liaison-bench"]),
  ],
  dependencies: [],
  targets: [
    // The library: everything a clerk's work means — model, data folder, rendering.
    .target(name: "LiaisonCore", dependencies: ["CByteSearch", "CZlib"]),

    // glibc's memmem and memrchr, which Swift's Glibc module leaves out.
    .target(name: "CByteSearch"),

    // The system zlib's DEFLATE and CRC-32, for .xlsx workbooks (ZIP archives).
    .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),

    // The command layer: argument parsing, help, commands. Kept out of the executable
    // so tests can drive it in-process.
    .target(name: "LiaisonCLI", dependencies: ["LiaisonCore"]),

    // The `liaison` executable: a one-line entry into LiaisonCLI.
    .executableTarget(name: "liaison", dependencies: ["LiaisonCLI"]),

    // Not for clerks: generates township- and county-scale folders and times the real
    // `liaison` binary on them (`swift run -c release liaison-bench generate|run`).
    .executableTarget(
      name: "liaison-bench", dependencies: ["LiaisonCore"], path: "Sources/LiaisonBench",
      exclude: ["Peers"]),

    // Tests, and what they share: a file system that fails on purpose, sample folders.
    .target(name: "LiaisonTestSupport", dependencies: ["LiaisonCore", "LiaisonCLI"]),
    .testTarget(name: "LiaisonCoreTests", dependencies: ["LiaisonCore", "LiaisonTestSupport"]),
    .testTarget(
      name: "LiaisonCLITests",
      dependencies: ["LiaisonCLI", "LiaisonCore", "LiaisonTestSupport", "liaison"],
      exclude: ["Golden"]),
    .testTarget(
      name: "LiaisonReliabilityTests",
      dependencies: ["LiaisonCLI", "LiaisonCore", "LiaisonTestSupport", "liaison"]),
    .testTarget(name: "LiaisonBenchTests", dependencies: ["liaison-bench", "LiaisonCore"]),
  ]
)
