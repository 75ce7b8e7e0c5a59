/// The value a dated fact held: one text (a grid id, a status) or a list (duties, tags,
/// staff). "Nothing" is the empty text or the empty list, so a history line stays plain
/// JSON (no `null`) that DuckDB and pandas read as they are.
public enum FactValue: Hashable, Sendable, Codable {
  case text(String)
  case texts([String])

  /// The text, or nil for nothing.
  public var optionalText: String? {
    if case .text(let text) = self, !text.isEmpty { return text }
    return nil
  }

  /// The list; a single text counts as a list of one.
  public var list: [String] {
    switch self {
    case .texts(let texts): texts
    case .text(let text): text.isEmpty ? [] : [text]
    }
  }

  /// A text fact from an optional value.
  public static func optional(_ text: String?) -> FactValue { .text(text ?? "") }

  /// How a clerk reads it in a message: the list joined, or "—" for nothing.
  public var shown: String {
    switch self {
    case .text(let text): text.isEmpty ? "—" : text
    case .texts(let texts): texts.isEmpty ? "—" : texts.joined(separator: ", ")
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let text = try? container.decode(String.self) {
      self = .text(text)
    } else {
      self = .texts(try container.decode([String].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .texts(let texts): try container.encode(texts)
    }
  }
}
