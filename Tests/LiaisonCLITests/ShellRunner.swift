import Foundation

/// Runs a shell found on this machine, for checking generated completion scripts.
struct ShellRunner {
  var executable: String

  /// The named shell, or nil when it is not installed (tests then skip).
  init?(_ name: String) {
    let directories = ["/bin", "/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
    let found = directories.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let found else { return nil }
    executable = found
  }

  static func isInstalled(_ name: String) -> Bool { ShellRunner(name) != nil }

  /// Runs the shell with `arguments`; returns the exit status and standard output +
  /// standard error.
  func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, suffix: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-\(UUID().uuidString).\(suffix)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
