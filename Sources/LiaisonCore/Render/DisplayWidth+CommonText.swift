/// The quick measure for what reports are mostly made of: ASCII, Chinese and its punctuation.
extension DisplayWidth {
  /// The width of `text` when every scalar in it is one this knows without asking Unicode's
  /// properties, or nil for anything else (marks, emoji, controls, escapes, Kana, Hangul…),
  /// which `generalWidth` then measures.
  ///
  /// At county scale a report measures millions of cells, and walking graphemes and asking
  /// each scalar's category costs more than the rest of the report. The scalars here never
  /// join the next one into a grapheme, so counting scalars is counting graphemes.
  static func commonWidth(of text: String) -> Int? {
    var total = 0
    for scalar in text.unicodeScalars {
      guard let width = commonWidth(of: scalar.value) else { return nil }
      total += width
    }
    return total
  }

  /// 1 for printable ASCII and the narrow punctuation reports use (dashes, quotes, `…`, box
  /// rules), 2 for CJK ideographs, CJK punctuation and fullwidth forms; nil otherwise.
  private static func commonWidth(of value: UInt32) -> Int? {
    if value < 0x80 { return value >= 0x20 && value < 0x7F ? 1 : nil }
    for (range, width) in commonRanges where range.contains(value) { return width }
    return nil
  }

  /// Ranges whose every scalar is a grapheme of its own with a fixed width; most frequent
  /// first. The general path's answer for each is held to these by `DisplayWidthTests`.
  static let commonRanges: [(ClosedRange<UInt32>, Int)] = [
    (0x4E00...0x9FFF, 2),  // CJK unified ideographs
    (0x3000...0x3029, 2),  // CJK symbols and punctuation (、。「」【】), before the tone marks
    (0xFF01...0xFF60, 2),  // fullwidth forms (，：（）)
    (0x2010...0x2027, 1),  // dashes, quotes, bullet, ellipsis (— “” …)
    (0x2500...0x257F, 1),  // box drawing (─ ═)
    (0x3030...0x303E, 2),  // CJK symbols after the tone marks
    (0x3400...0x4DBF, 2),  // CJK extension A
    (0xFFE0...0xFFE6, 2),  // fullwidth signs (￥)
  ]
}
