/// Names compared for the coverage report's order.
extension CoverageReport {
  /// A text compared as `String` compares it, but byte by byte when that gives the same answer.
  struct SortText: Comparable {
    let text: String
    /// The UTF-8 of a text already in Unicode's composed form (NFC), where `String`'s order is
    /// the bytes' order; nil for any other text, which is compared as a `String`.
    private let composed: [UInt8]?
    /// Graphemes, as `String.count` counts them.
    let count: Int

    init(_ text: String) {
      self.text = text
      composed = text.unicodeScalars.allSatisfy(Self.isComposedAlone) ? Array(text.utf8) : nil
      count = text.count
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
      if let left = a.composed, let right = b.composed { return left == right }
      return a.text == b.text
    }

    static func < (a: SortText, b: SortText) -> Bool {
      if let left = a.composed, let right = b.composed {
        return left.lexicographicallyPrecedes(right)
      }
      return a.text < b.text
    }
  }
}
