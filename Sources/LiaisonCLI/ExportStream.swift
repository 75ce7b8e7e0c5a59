import Foundation
import Glibc
import LiaisonCore

/// Output written in pieces as it is made (a year of visits as JSON Lines), to standard
/// output or to a file that appears whole or not at all: the pieces go to a hidden file
/// beside it, which is renamed over it once complete.
enum ExportStream {
  static func write(
    to path: String?, _ context: CommandContext,
    _ produce: (_ write: (Data) throws -> Void) throws -> Void
  ) throws {
    guard let path else {
      try produce { context.output(String(decoding: $0, as: UTF8.self)) }
      return
    }
    let absolute = context.absolute(path)
    let url = URL(fileURLWithPath: absolute)
    let staged = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
    guard FileManager.default.createFile(atPath: staged, contents: nil),
      let handle = FileHandle(forWritingAtPath: staged)
    else { throw ExportTargetError(path: path) }
    var closed = false
    do {
      try produce { data in
        do { try handle.write(contentsOf: data) } catch { throw ExportTargetError(path: path) }
      }
      do {
        try handle.synchronize()
        try handle.close()
        closed = true
      } catch { throw ExportTargetError(path: path) }
      guard rename(staged, absolute) == 0 else { throw ExportTargetError(path: path) }
    } catch {
      if !closed { try? handle.close() }
      try? FileManager.default.removeItem(atPath: staged)
      throw error
    }
    context.say(Localized(en: "Wrote \(path).", zh: "已写出 \(path)。"))
  }
}
