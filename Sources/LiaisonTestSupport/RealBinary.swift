import Foundation

/// Runs of the real `liaison` executable, as a clerk's shell or script runs it.
public enum RealBinary {
  /// The built `liaison` next to the test bundle.
  public static var binary: URL {
    let candidates = [
      Bundle.main.executableURL?.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug"),
    ]
    for case let folder? in candidates {
      for url in [
        folder.appendingPathComponent("liaison"),
        folder.deletingLastPathComponent().appendingPathComponent("liaison"),
      ]
      where FileManager.default.isExecutableFile(atPath: url.path) {
        return url
      }
    }
    return URL(fileURLWithPath: "/nonexistent/liaison")
  }

  /// Runs a shell command line with `$LIAISON` naming the binary.
  public static func shell(
    _ script: String, in folder: URL, environment extra: [String: String] = [:]
  ) throws
    -> RunResult
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["LIAISON"] = binary.path
    environment["LIAISON_LANG"] = "en"
    environment["LIAISON_TODAY"] = "2026-11-23"
    environment.removeValue(forKey: "LIAISON_DATA")
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
