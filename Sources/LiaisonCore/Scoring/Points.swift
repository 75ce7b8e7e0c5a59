import Foundation

/// A number of points, kept in tenths so that explanation lines add up to the score exactly:
/// `0.5 × 3 = 1.5`, never `1.4999999`.
///
/// Rules files and adjustments write points as JSON numbers or text with at most one
/// decimal place (`12`, `-2`, `0.5`).
public struct Points: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var tenths: Int

  public init(tenths: Int) { self.tenths = tenths }

  public init(_ whole: Int) { self.tenths = whole * 10 }

  public static let zero = Points(tenths: 0)

  /// Parses `12`, `+3`, `-2`, `0.5`, `−1.5` (a typographic minus too); nil for more than one
  /// decimal place or anything else.
  public init?(parsing text: String) {
    var trimmed = text.halfWidth.trimmedSpaces.replacingOccurrences(of: "−", with: "-")
    var sign = 1
    if trimmed.hasPrefix("-") || trimmed.hasPrefix("+") {
      sign = trimmed.hasPrefix("-") ? -1 : 1
      trimmed.removeFirst()
    }
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 6,
      parts[0].allSatisfy(\.isASCIIDigit), let whole = Int(parts[0])
    else { return nil }
    var tenth = 0
    if parts.count == 2 {
      guard parts[1].count == 1, let digit = Int(parts[1]), parts[1].allSatisfy(\.isASCIIDigit)
      else { return nil }
      tenth = digit
    }
    self.tenths = sign * (whole * 10 + tenth)
  }

  /// The exact value of a JSON number, when it has at most one decimal place.
  init?(json value: Any) {
    guard let number = Self.number(value) else { return nil }
    let scaled = number * 10
    guard scaled.isFinite, abs(scaled) < 10_000_000, abs(scaled - scaled.rounded()) < 1e-6
    else { return nil }
    self.tenths = Int(scaled.rounded())
  }

  /// A JSON number as JSONSerialization gives it (Int, Double or NSNumber on Linux), never
  /// `true` or `false`.
  /// (`value is Bool` holds for an NSNumber of 0 or 1, so the type is asked exactly.)
  static func number(_ value: Any?) -> Double? {
    guard let value, type(of: value) != Bool.self else { return nil }
    if let number = value as? NSNumber {
      return String(cString: number.objCType) == "c" ? nil : number.doubleValue
    }
    if let whole = value as? Int { return Double(whole) }
    return value as? Double
  }

  public var description: String {
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  /// With its sign always written: `+12`, `-2`, `+0`.
  public var signed: String { tenths < 0 ? description : "+" + description }

  public static func < (lhs: Points, rhs: Points) -> Bool { lhs.tenths < rhs.tenths }
  public static func + (lhs: Points, rhs: Points) -> Points {
    Points(tenths: lhs.tenths + rhs.tenths)
  }
  public static func - (lhs: Points, rhs: Points) -> Points {
    Points(tenths: lhs.tenths - rhs.tenths)
  }
  public static func * (lhs: Points, count: Int) -> Points { Points(tenths: lhs.tenths * count) }
  public static func += (lhs: inout Points, rhs: Points) { lhs = lhs + rhs }

  /// Written as a JSON number (`12`, `0.5`), read from one.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let value = try container.decode(Decimal.self)
    guard let points = Points(parsing: "\(value)") else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "points have at most one decimal place")
    }
    self = points
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(Decimal(string: description)!)
  }
}
