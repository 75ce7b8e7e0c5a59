import Foundation

/// A folder a suite makes once and shares between its tests (a generated township), removed
/// when the test process ends: a `static let` has no `deinit`, and every run otherwise left
/// its generated folders behind in the temporary directory.
public enum SharedTestFolder {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var made: [String] = []
  nonisolated(unsafe) private static var removesAtExit = false

  /// A new, not yet existing path `prefix-UUID` in the temporary directory, to be removed
  /// with everything in it when the process exits.
  public static func path(_ prefix: String) -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    lock.lock()
    defer { lock.unlock() }
    made.append(path)
    if !removesAtExit {
      removesAtExit = true
      atexit { SharedTestFolder.removeAll() }
    }
    return path
  }

  private static func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    for path in made { try? FileManager.default.removeItem(atPath: path) }
    made = []
  }
}
