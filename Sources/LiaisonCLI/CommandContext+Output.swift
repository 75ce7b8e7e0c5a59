import Foundation
import LiaisonCore

/// Output to a file the clerk names (`-o`, `--out`, `--rejected`): one way for every
/// command, with `OutputFile`'s rules — never inside a data folder, never through a
/// symbolic link or into a device, whole or not at all, private (0600).
extension CommandContext {
  /// The file the option names, checked as a place to write; nil when the option is absent.
  /// Call it before the work, so that a refused path costs nothing.
  func outputFile(_ option: String) throws -> OutputFile? {
    try value(option).map { try OutputFile($0, absolute: absolute($0)) }
  }

  /// Writes `data` to `file`, or to standard output when there is none.
  func write(_ data: Data, to file: OutputFile?) throws {
    try stream(to: file) { try $0(data) }
  }

  /// Output made piece by piece (a year of visits as JSON Lines): to standard output as it
  /// comes, or to `file`, which appears once it is complete.
  func stream(
    to file: OutputFile?, _ produce: (_ write: (Data) throws -> Void) throws -> Void
  ) throws {
    guard let file else {
      try produce { output(String(decoding: $0, as: UTF8.self)) }
      return
    }
    try file.write(fileSystem: fileSystem, produce)
    say(Localized(en: "Wrote \(file.shown).", zh: "已写出 \(file.shown)。"))
  }
}
