import Foundation
import LiaisonCore

/// What a command given `-o FILE` printed, held until it has succeeded and then written to
/// the file whole: a command that fails half-way leaves no half a list behind.
final class CollectedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""

  func append(_ more: String) { lock.withLock { text += more } }

  var value: String { lock.withLock { text } }
}

extension CommandContext {
  /// Checks `-o FILE` before the command does any work, so that a path that is refused
  /// (inside the data folder, a device) costs nothing. A folder, existing or still to be
  /// made, is left to the one command that writes into one (`export all --format csv -o
  /// DIR`), which checks it as a folder; anything else it would have refused is refused
  /// when the file is written.
  func checkOutputPath() throws {
    guard let typed = value("output") else { return }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: absolute(typed), isDirectory: &isFolder),
      isFolder.boolValue
    {
      return
    }
    do {
      _ = try OutputFile(typed, absolute: absolute(typed))
    } catch OutputPathError.cannotWrite {
      return
    }
  }

  /// Writes what the command printed to its `-o` file, through `OutputFile`'s checks, made
  /// harmless as on a terminal (the file may be shown on one). Commands that write the file
  /// themselves (reports, exports) print nothing, and nothing is written here.
  func writeCollectedOutput() throws {
    let text = collected.value
    guard let typed = value("output"), !text.isEmpty else { return }
    let file = try OutputFile(typed, absolute: absolute(typed))
    try write(Data(UnsafeText.visible(text).utf8), to: file)
  }
}
