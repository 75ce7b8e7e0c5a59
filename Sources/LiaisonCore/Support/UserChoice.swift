/// A closed set of values a clerk picks from on the command line.
///
/// Stored by the English raw value (`in-person`); accepted as that, as its Chinese names
/// (`上门`) or as any listed synonym, so a clerk never has to remember the English.
public protocol UserChoice: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
  /// The Chinese label printed in tables; also accepted as input.
  var chineseLabel: String { get }
  /// Further spellings accepted as input.
  var synonyms: [String] { get }
}

extension UserChoice {
  public var synonyms: [String] { [] }

  /// The label for a table or message.
  public func label(_ language: Language) -> String {
    language == .zh ? chineseLabel : rawValue
  }

  /// Matches the raw value (any case, `_` for `-`), the Chinese label or a synonym.
  public init?(userValue text: String) {
    let wanted = text.trimmedSpaces
    let folded = wanted.lowercased().replacingOccurrences(of: "_", with: "-")
    for candidate in Self.allCases {
      if candidate.rawValue.lowercased() == folded || candidate.chineseLabel == wanted
        || candidate.synonyms.contains(wanted) || candidate.synonyms.contains(folded)
      {
        self = candidate
        return
      }
    }
    return nil
  }

  /// Every accepted English value, for help and completion.
  public static var rawValues: [String] { allCases.map(\.rawValue) }
}
