import Foundation

/// How many columns text output is laid out in — tables, reports, score explanations and
/// help all use this one decision, made once per run.
public enum OutputWidth {
  /// The width when nothing better is known: a classic terminal, and a printed page.
  static let standard = 80
  /// Widths a layout can honour; narrower nothing lines up, wider is a typing slip.
  static let sane = 20...1000

  /// The terminal's own width when standard output is a terminal (asked of the terminal,
  /// so a resized window counts); else `COLUMNS` when it holds a sane number, which is also
  /// how tests choose a width; else 80.
  static func decide(terminalColumns: Int?, environment: [String: String]) -> Int {
    if let terminalColumns, sane.contains(terminalColumns) { return terminalColumns }
    let given = environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces)
    if let columns = given.flatMap(Int.init), sane.contains(columns) { return columns }
    return standard
  }

  /// The width of the terminal standard output goes to, or nil when it goes to a pipe or
  /// a file (or the terminal will not say).
  public static func ofTerminal() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
