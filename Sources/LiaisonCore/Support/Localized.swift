/// The languages liaison speaks: Chinese for clerks, English for everyone else.
public enum Language: String, Sendable, CaseIterable, Codable {
  case zh
  case en

  /// Picks the language the way the README promises: an explicit choice, then
  /// `LIAISON_LANG`, then Chinese when `LC_ALL` / `LANG` start with `zh`, else English.
  public static func resolve(explicit: String?, environment: [String: String]) -> Language? {
    if let explicit { return Language(userValue: explicit) }
    if let chosen = environment["LIAISON_LANG"], let language = Language(userValue: chosen) {
      return language
    }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        return value.lowercased().hasPrefix("zh") ? .zh : .en
      }
    }
    return .en
  }

  /// Accepts `zh`, `en`, `zh_CN.UTF-8`, `中文`, `english` and the like; nil for anything else.
  public init?(userValue: String) {
    let value = userValue.lowercased()
    if value.hasPrefix("zh") || value == "中文" || value == "cn" {
      self = .zh
    } else if value.hasPrefix("en") || value == "英文" {
      self = .en
    } else {
      return nil
    }
  }
}

/// A sentence in both languages; user-facing text is built as one of these and
/// rendered at the edge, where the language is known.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
  public var en: String
  public var zh: String

  public init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// The same text in both languages (names, ids, numbers).
  public init(_ both: String) {
    self.en = both
    self.zh = both
  }

  public func callAsFunction(_ language: Language) -> String {
    language == .zh ? zh : en
  }

  public var description: String { en }

  public static func + (lhs: Localized, rhs: Localized) -> Localized {
    Localized(en: lhs.en + rhs.en, zh: lhs.zh + rhs.zh)
  }
}
