extension String {
  /// The text without the spaces, tabs, newlines and ideographic spaces around it.
  ///
  /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and dominated
  /// the time of a large import; this walks the scalars once.
  public var trimmedSpaces: String {
    let scalars = unicodeScalars
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF: true
      default: false
      }
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) {
      return self
    }
    return String(scalars[first...last])
  }

  /// The text with ASCII letters in upper case: ids are found this way (`sameID`), in
  /// sorted files and arrays.
  var uppercasedASCII: String {
    String(decoding: utf8.map { (97...122).contains($0) ? $0 - 32 : $0 }, as: UTF8.self)
  }

  /// Whether two ids are the same but for letter case (`m0001` is `M0001`), without the
  /// allocation of upper-casing both.
  func sameID(_ other: String) -> Bool {
    let lhs = utf8
    let rhs = other.utf8
    guard lhs.count == rhs.count else { return false }
    for (a, b) in zip(lhs, rhs) where a != b {
      let fold = { (byte: UInt8) -> UInt8 in (97...122).contains(byte) ? byte - 32 : byte }
      if fold(a) != fold(b) { return false }
    }
    return true
  }
}
