/// Word wrapping by display width, for help text and notes that mix Chinese and English.
public enum TextWrap {
  /// Wraps `text` into lines of at most `width` columns, keeping its own line breaks.
  ///
  /// Latin words break only at spaces (or hard, when a word alone is too wide); Chinese may
  /// break between any two characters, except before closing or after opening punctuation.
  /// A width below 1 is treated as 1; tabs become spaces; an empty text is one empty line.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    return paragraphs(of: text).flatMap { wrap($0, width: width) }
  }

  /// `text`'s lines; most text has one, which is seen from its bytes without splitting it
  /// into graphemes.
  private static func paragraphs(of text: String) -> [String] {
    guard holdsLineBreak(text) else { return [text] }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
  }

  /// Whether `text` may hold a character `Character.isNewline` is true of: LF, VT, FF, CR,
  /// NEL (C2 85), or the line and paragraph separators (E2 80 A8, E2 80 A9).
  static func holdsLineBreak(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if (0x0A...0x0D).contains(byte) { return true }
      if previous.1 == 0xC2, byte == 0x85 { return true }
      if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  /// Wraps a list (`张建国、欧阳小明`, `full 12, probationary 1`) between its items only, so
  /// that a name, or a figure and its label, stay on one line; an item wider than a whole
  /// line is wrapped as words. Its own line breaks are kept. With `atSpaces`, words are
  /// items too (`张建国 M0001`), so only a name or an id is kept whole.
  public static func items(_ text: String, width: Int, atSpaces: Bool = false) -> [String] {
    let width = max(width, 1)
    return paragraphs(of: text).flatMap { paragraph -> [String] in
      fitsAsItIs(paragraph, width: width)
        ? [paragraph] : walkItems(paragraph, width: width, atSpaces: atSpaces)
    }
  }

  /// Whether a paragraph comes back from `wrap` and `items` as it is: common text (each
  /// scalar a grapheme of known width) that fits and ends in no space. A county's tables
  /// and cards wrap hundreds of thousands of such cells, and walking them was most of it.
  private static func fitsAsItIs(_ paragraph: String, width: Int) -> Bool {
    paragraph.last != " " && (DisplayWidth.commonWidth(of: paragraph).map { $0 <= width } ?? false)
  }

  /// Wraps one paragraph of a list item by item: what `items` does but for text it gives
  /// back as it is.
  static func walkItems(_ paragraph: String, width: Int, atSpaces: Bool) -> [String] {
    var lines: [String] = []
    var line = ""
    for item in items(of: paragraph, atSpaces: atSpaces) {
      if DisplayWidth.of(trimmingTrailingSpaces(line + item)) <= width {
        line += item
        continue
      }
      if !line.isEmpty { lines.append(trimmingTrailingSpaces(line)) }
      let pieces = wrap(String(item.drop { $0 == " " }), width: width)
      lines += pieces.dropLast()
      // wrap drops the spaces that part this item from the next one; keep them.
      line = (pieces.last ?? "") + String(item.reversed().prefix { $0 == " " })
    }
    return lines + [trimmingTrailingSpaces(line)]
  }

  /// The width of the widest item of a list: how narrow `items` can wrap it without
  /// breaking one.
  public static func widestItem(_ text: String, atSpaces: Bool = false) -> Int {
    if isOneItem(text) { return DisplayWidth.of(text) }
    return items(of: text, atSpaces: atSpaces).map { DisplayWidth.of(trimmingTrailingSpaces($0)) }
      .max() ?? 0
  }

  /// Whether `text` is surely a single item with no trailing space, as most cells are (a
  /// name, an id): made only of ASCII letters, digits and Chinese characters, so none of
  /// its graphemes can be a separator, a space or a hyphen. A county's tables have hundreds
  /// of thousands of them, and splitting each into graphemes to find that out is costly.
  private static func isOneItem(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
      default: false
      }
    }
  }

  /// The width of the widest part `lines` never breaks (a Latin word, an id, a date).
  public static func widestWord(_ text: String) -> Int {
    units(of: atoms(of: text).0).filter { !$0.isSpace }.map(\.width).max() ?? 0
  }

  /// What ends an item of a list; the spaces after it belong to it too.
  private static let itemSeparators = Set<Character>("、，；,;")

  /// A list's items, each with its separator and the spaces after it: "a、", "b, ", "c".
  /// With `atSpaces`, also its words, and the halves of `party-building` (a hyphen between
  /// lower-case letters, never one in an id or a date such as `2026-W46`).
  private static func items(of text: String, atSpaces: Bool) -> [String] {
    var items: [String] = []
    var current = ""
    var ended = false
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if ended && character != " " && !itemSeparators.contains(character) {
        items.append(current)
        current = ""
        ended = false
      }
      current.append(character)
      if itemSeparators.contains(character) || atSpaces && character == " " {
        ended = true
      } else if atSpaces, character == "-", index > 0, index + 1 < characters.count,
        characters[index - 1].isLowercase, characters[index + 1].isLowercase
      {
        ended = true
      }
    }
    if !current.isEmpty { items.append(current) }
    return items
  }

  private static func trimmingTrailingSpaces(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }

  /// A visible character with the zero-width characters (marks, colour codes) that follow it.
  private struct Atom {
    var text: String
    var width: Int
    var base: Character
    var isSpace: Bool { base == " " }
  }

  /// Atoms that must stay on one line, or a run of spaces where a line may break.
  private struct Unit {
    var atoms: [Atom]
    var isSpace: Bool
    var text: String { atoms.map(\.text).joined() }
    var width: Int { atoms.reduce(0) { $0 + $1.width } }
  }

  /// Kinsoku: these never start a line.
  private static let closing = Set<Character>("，。、；：？！）」』》〉】〕〗｝］”’％,.;:?!)]}%")

  /// Kinsoku: these never end a line.
  private static let opening = Set<Character>("（「『《〈【〔〖｛［“‘([{")

  private static func wrap(_ paragraph: String, width: Int) -> [String] {
    fitsAsItIs(paragraph, width: width) ? [paragraph] : walk(paragraph, width: width)
  }

  /// Wraps a paragraph atom by atom: what `wrap` does but for text it gives back as it is.
  static func walk(_ paragraph: String, width: Int) -> [String] {
    let (atoms, trailing) = atoms(of: paragraph)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var spaceWidth = 0
    for unit in units(of: atoms) {
      if unit.isSpace {
        spaceWidth += unit.width
        continue
      }
      let unitWidth = unit.width
      if lineWidth + spaceWidth + unitWidth <= width {
        line += String(repeating: " ", count: spaceWidth) + unit.text
        lineWidth += spaceWidth + unitWidth
      } else {
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        for atom in unit.atoms {
          // Only reached for a unit wider than a whole line: break it wherever it must.
          if lineWidth + atom.width > width && lineWidth > 0 {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line += atom.text
          lineWidth += atom.width
        }
      }
      spaceWidth = 0
    }
    lines.append(line + trailing)
    return lines
  }

  /// Splits a paragraph into atoms, plus zero-width text left over after the last one.
  private static func atoms(of paragraph: String) -> ([Atom], String) {
    var atoms: [Atom] = []
    var pending = ""
    DisplayWidth.forEachCell(of: paragraph) { character, width in
      if character == " " || character == "\t" {
        // Spaces never carry held text: they may be dropped at a line break.
        atoms.append(Atom(text: " ", width: 1, base: " "))
      } else if width == 0 {
        if let last = atoms.last, !last.isSpace {
          atoms[atoms.count - 1].text.append(character)
        } else {
          pending.append(character)
        }
      } else {
        atoms.append(Atom(text: pending + String(character), width: width, base: character))
        pending = ""
      }
    }
    return (atoms, pending)
  }

  /// Groups atoms into units. A value quoted back to the clerk (`'无此村'`) stays whole
  /// between its spaces, as a name would: a quote opens after a space, the start or a
  /// Chinese character (not the apostrophe of `residents'`) and closes at the next one.
  private static func units(of atoms: [Atom]) -> [Unit] {
    var units: [Unit] = []
    var quoted = false
    for atom in atoms {
      let inQuote = quoted
      if atom.base == "'" {
        let previous = units.last?.atoms.last
        quoted = !quoted && (previous.map { $0.isSpace || $0.width > 1 } ?? true)
      }
      if let last = units.last?.atoms.last, last.isSpace == atom.isSpace,
        atom.isSpace || inQuote || !canBreak(after: last, before: atom)
      {
        units[units.count - 1].atoms.append(atom)
      } else {
        units.append(Unit(atoms: [atom], isSpace: atom.isSpace))
      }
    }
    return units
  }

  private static func canBreak(after previous: Atom, before next: Atom) -> Bool {
    if closing.contains(next.base) || opening.contains(previous.base) { return false }
    return previous.width > 1 || next.width > 1
  }
}
