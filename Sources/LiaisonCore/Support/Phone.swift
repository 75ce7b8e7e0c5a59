/// A Chinese phone number: an 11-digit mobile or a landline with its area code.
///
/// Clerks type numbers with spaces, dashes, brackets or a +86 prefix; the stored form is
/// `13800138000` for mobiles and `0570-1234567` for landlines, so the same number typed
/// two ways is found either way.
public struct Phone: Hashable, Sendable {
  /// The stored form.
  public let normalized: String

  public init?(parsing text: String) {
    // Bytes, not Characters: imports parse a phone on every row.
    var bytes: [UInt8] = []
    var source = text.halfWidth
    if source.utf8.contains(0xE2) {  // dashes typed by Chinese input methods: — – ―
      source = source.replacingOccurrences(of: "—", with: "").replacingOccurrences(
        of: "–", with: ""
      )
      .replacingOccurrences(of: "―", with: "")
    }
    for byte in source.utf8 where !" -()".utf8.contains(byte) {
      bytes.append(byte)
    }
    if bytes.starts(with: "+86".utf8) { bytes.removeFirst(3) }
    guard !bytes.isEmpty, bytes.allSatisfy({ (48...57).contains($0) }) else { return nil }
    var digits = String(decoding: bytes, as: UTF8.self)
    if digits.count == 13, digits.hasPrefix("86"), digits.dropFirst(2).first == "1" {
      digits.removeFirst(2)
    }
    if digits.count == 11, digits.hasPrefix("1"), let second = digits.dropFirst().first,
      "3456789".contains(second)
    {
      normalized = digits
      return
    }
    // Landlines: 010 and 02x area codes are three digits with the 0, the rest four;
    // the local number is seven or eight digits.
    guard digits.hasPrefix("0") else { return nil }
    let areaLength = digits.hasPrefix("01") || digits.hasPrefix("02") ? 3 : 4
    let local = digits.dropFirst(areaLength)
    guard (7...8).contains(local.count), local.first != "0" else { return nil }
    normalized = "\(digits.prefix(areaLength))-\(local)"
  }

  /// Whether `text` is a recognisable phone number.
  public static func isValid(_ text: String) -> Bool { Phone(parsing: text) != nil }

  /// The number with the middle hidden — `138****5678`, `0570-***4567` — for printed
  /// tables that hang on a village wall.
  public static func masked(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count >= 7 else { return text }
    if let dash = characters.firstIndex(of: "-") {
      let local = characters[(dash + 1)...]
      return String(characters[...dash]) + String(repeating: "*", count: max(local.count - 4, 0))
        + String(local.suffix(4))
    }
    return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7)
      + String(characters.suffix(4))
  }
}
