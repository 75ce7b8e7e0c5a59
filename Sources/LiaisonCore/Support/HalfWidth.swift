extension String {
  /// The text with full-width ASCII (`１３８`, `－`, `／`) and the ideographic space turned
  /// into their ordinary forms, as a Chinese input method in full-width mode types them.
  public var halfWidth: String {
    guard
      unicodeScalars.contains(where: {
        $0.value >= 0x3000 && ($0.value == 0x3000 || (0xFF01...0xFF5E).contains($0.value))
      })
    else { return self }
    return String(
      String.UnicodeScalarView(
        unicodeScalars.map { scalar in
          switch scalar.value {
          case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
          case 0x3000: " "
          default: scalar
          }
        }))
  }
}
