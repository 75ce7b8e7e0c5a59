import Foundation
import LiaisonCLI
import LiaisonCore

/// What one in-process run of `liaison` printed and returned.
public struct RunResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// Collects what a command writes, safely from any thread.
public final class CapturedText: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""
  public init() {}
  public func append(_ more: String) { lock.withLock { text += more } }
  public var value: String { lock.withLock { text } }
}

/// A private temporary data folder and a way to run `liaison` against it in-process.
public final class Sandbox {
  public let root: URL
  public var environment: [String: String]
  /// Where the in-process commands send their disk changes.
  public var fileSystem: FileSystem = POSIXFileSystem()

  /// `today` fixes the clock so dates and "future" checks are reproducible.
  public init(language: String = "en", today: String = "2026-11-23") throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    environment = [
      "LIAISON_LANG": language, "LIAISON_TODAY": today, "LIAISON_CLERK": "tester",
      "LIAISON_LOCK_TIMEOUT": "2",
    ]
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  public var data: String { root.appendingPathComponent("data").path }

  /// Runs `liaison` with `--data` pointing at this sandbox's folder.
  @discardableResult
  public func run(_ arguments: String..., data: Bool = true) -> RunResult {
    run(arguments, data: data)
  }

  @discardableResult
  public func run(_ arguments: [String], data: Bool = true) -> RunResult {
    let out = CapturedText()
    let err = CapturedText()
    let status = LiaisonCommandLine.run(
      arguments: arguments + (data ? ["--data", self.data] : []), environment: environment,
      currentDirectory: root.path,
      console: Console(standardOutput: out.append, standardError: err.append),
      fileSystem: fileSystem)
    return RunResult(status: status, stdout: out.value, stderr: err.value)
  }

  /// Runs a command that must succeed and returns its standard output, trimmed.
  public func ok(_ arguments: String...) throws -> String { try ok(arguments) }

  /// The same, with the arguments in a list.
  public func ok(_ arguments: [String]) throws -> String {
    let result = run(arguments)
    guard result.status == 0 else {
      throw SandboxFailure(arguments: arguments, result: result)
    }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The day the sample township's roster starts: it existed before the tool did.
  public static let rosterSince = "2026-01-01"

  /// A township folder with one village, two grids, two members and three households, all
  /// on the roster since `rosterSince`.
  public func township() throws {
    let since = Self.rosterSince
    _ = try ok("init", "--township", "凤林镇", "--code", "330881118")
    _ = try ok("village", "add", "--name", "凤林村", "--code", "330881118201", "--since", since)
    _ = try ok("grid", "add", "--village", "凤林村", "--name", "第一网格", "--since", since)
    _ = try ok("grid", "add", "--village", "凤林村", "--name", "第二网格", "--since", since)
    _ = try ok(
      "member", "add", "--name", "张建国", "--phone", "13800138000", "--village", "凤林村",
      "--grid", "第一网格", "--since", since)
    _ = try ok(
      "member", "add", "--name", "李秀英", "--phone", "13900139000", "--village", "凤林村",
      "--grid", "第二网格", "--status", "积极分子", "--since", since)
    for (head, grid) in [("王大妈", "第一网格"), ("赵大爷", "第一网格"), ("孙阿姨", "第二网格")] {
      _ = try ok(
        "household", "add", "--head", head, "--village", "凤林村", "--grid", grid, "--since", since)
    }
  }

  public func file(_ relative: String) -> String {
    (try? String(contentsOfFile: data + "/" + relative, encoding: .utf8)) ?? ""
  }

  /// Every file of the data folder and its bytes, to prove a refused command wrote nothing.
  public func snapshot() -> [String: Data] {
    var files: [String: Data] = [:]
    let base = URL(fileURLWithPath: data)
    let enumerator = FileManager.default.enumerator(atPath: data)
    while let relative = enumerator?.nextObject() as? String {
      let url = base.appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      if exists, !isDirectory.boolValue, relative != ".lock" {
        files[relative] = try? Data(contentsOf: url)
      }
    }
    return files
  }
}

public struct SandboxFailure: Error, CustomStringConvertible {
  public var arguments: [String]
  public var result: RunResult
  public var description: String {
    "liaison \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)"
  }
}
