/// What a Chinese input method does to a command line, mended before parsing: `——member`
/// or `－－member` (the IME's dashes) for `--member`, and a full-width space (U+3000)
/// typed between two arguments, which the shell cannot see as a space.
enum InputMethodSlips {
  static func mended(_ arguments: [String]) -> [String] {
    arguments.flatMap(split).map(mendDashes)
  }

  /// `——member` → `--member`, `－－all` → `--all`, `－h` → `-h`: dashes an IME types,
  /// before a letter only, so a value like `—` or `－5` is left as it is.
  private static func mendDashes(_ argument: String) -> String {
    let dashes = argument.prefix { "—－–".contains($0) }
    guard !dashes.isEmpty, let next = argument.dropFirst(dashes.count).first,
      next.isASCII, next.isLetter
    else { return argument }
    let single = dashes.count == 1 && dashes.first != "—"
    return (single ? "-" : "--") + argument.dropFirst(dashes.count)
  }

  /// `--member　张建国` → `--member`, `张建国`: split at full-width spaces when a piece is
  /// an option, so a name holding one (王　大妈) stays whole.
  private static func split(_ argument: String) -> [String] {
    let pieces = argument.split(separator: "\u{3000}", omittingEmptySubsequences: true)
      .map(String.init)
    guard pieces.count > 1, pieces.contains(where: { "-—－–".contains($0.first ?? " ") }) else {
      return [argument]
    }
    return pieces
  }
}
