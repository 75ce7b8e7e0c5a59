import Foundation
import LiaisonCore

/// `liaison-bench generate --scale township|county|tiny --out DIR [--seed N] [--visits N]`
/// and `liaison-bench run [--scale township|county|both] [--runs N] [--work DIR]`.
enum BenchCommandLine {
  static let usage = """
    usage: liaison-bench generate --scale township|county|tiny --out DIR [--seed N] [--visits N]
           liaison-bench run [--scale township|county|both] [--runs N] [--work DIR] [--only TEXT]
    """

  static func run(_ arguments: [String]) -> Int32 {
    guard let verb = arguments.first else {
      print(usage)
      return 64
    }
    var options: [String: String] = [:]
    var rest = arguments.dropFirst()
    while let name = rest.popFirst() {
      guard name.hasPrefix("--"), let value = rest.popFirst() else {
        FileHandle.standardError.write(Data("\(name)? \(usage)\n".utf8))
        return 64
      }
      options[String(name.dropFirst(2))] = value
    }
    do {
      switch verb {
      case "generate": try generate(options)
      case "run": try BenchRun(options: options).run()
      default:
        print(usage)
        return 64
      }
      return 0
    } catch {
      FileHandle.standardError.write(Data("liaison-bench: \(error)\n".utf8))
      return 1
    }
  }

  static func generate(_ options: [String: String]) throws {
    guard let name = options["scale"], var scale = SampleScale.named(name), let out = options["out"]
    else { throw BenchError("generate needs --scale township|county|tiny and --out DIR") }
    if let visits = options["visits"].flatMap({ Int($0) }) {
      scale = scale.with(visitsPerYear: visits)
    }
    let seed = options["seed"].flatMap { UInt64($0) } ?? 20_261_123
    let start = Date()
    let summary = try SampleFolder.generate(scale, seed: seed, at: out)
    let seconds = Date().timeIntervalSince(start)
    print(
      "\(out): \(summary.villages) villages, \(summary.grids) grids, \(summary.members) members, "
        + "\(summary.households) households, \(summary.links) links, \(summary.visits) visits, "
        + "\(summary.needs) needs in \(String(format: "%.1f", seconds)) s")
  }
}

/// A mistake in how the benchmark was called, or a command that failed under it.
struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
