/// Names compared for the coverage report's order.
extension CoverageReport {
  /// A text compared as `String` compares it, but by its bytes when that gives the same
  /// answer: most names and ids by two numbers.
  struct SortText: Comparable {
    let text: String
    /// Whether the text is already in Unicode's composed form (NFC), where `String`'s order
    /// is the bytes' order; any other text is compared as a `String`.
    private let composed: Bool
    /// A composed text's first 16 bytes of UTF-8, big-endian and padded with zeros, and how
    /// many bytes it has: ordering these orders the bytes of texts up to 16 bytes long
    /// (`张建国` is 9, `M0001` 5), and of longer ones up to where they differ.
    private let high: UInt64
    private let low: UInt64
    private let length: Int
    /// Graphemes, as `String.count` counts them.
    let count: Int

    init(_ text: String) {
      self.text = text
      var composed = true
      var scalars = 0
      var returns = false
      for scalar in text.unicodeScalars {
        guard Self.isComposedAlone(scalar) else {
          composed = false
          break
        }
        scalars += 1
        returns = returns || scalar == "\r"
      }
      self.composed = composed
      // Each of these scalars is a grapheme of its own, but for CR LF, which is one.
      count = composed && !returns ? scalars : text.count
      var high: UInt64 = 0
      var low: UInt64 = 0
      var length = 0
      if composed {
        for byte in text.utf8 {
          if length < 8 {
            high |= UInt64(byte) << (56 - 8 * length)
          } else if length < 16 {
            low |= UInt64(byte) << (56 - 8 * (length - 8))
          }
          length += 1
        }
      }
      self.high = high
      self.low = low
      self.length = length
    }

    /// Scalars that are in composed form and never combine with their neighbours: Latin,
    /// CJK ideographs and their punctuation. Names and ids are made of these.
    private static func isComposedAlone(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0..<0x300, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xFF01...0xFF60:
        true
      default: false
      }
    }

    static func == (a: SortText, b: SortText) -> Bool {
      guard a.composed, b.composed else { return a.text == b.text }
      return a.high == b.high && a.low == b.low && a.length == b.length
        && (a.length <= 16 || a.text.utf8.elementsEqual(b.text.utf8))
    }

    static func < (a: SortText, b: SortText) -> Bool {
      guard a.composed, b.composed else { return a.text < b.text }
      if a.high != b.high { return a.high < b.high }
      if a.low != b.low { return a.low < b.low }
      // The first 16 bytes agree: a text no longer than that is the other's beginning.
      if min(a.length, b.length) <= 16 { return a.length < b.length }
      return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
    }
  }
}
