/// The three colours (红、黄、灰, seed 000) that rate members' scores, team cadres
/// (组团联村干部“红、黄、灰”三色管理考评) and villages' cadres as a body (by the village
/// organisation's index), and the consequences each puts before people to decide (两晋双停):
/// red proposes moving up a pay grade and a post (两晋: 晋档、晋前), grey flags pay stopped and
/// duties suspended (双停: 停发、暂停). The tool flags; the township Party committee decides.
public enum ScoreColour: String, UserChoice {
  case red
  case yellow
  case grey

  public var chineseLabel: String {
    switch self {
    case .red: "红"
    case .yellow: "黄"
    case .grey: "灰"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .red: ["红色"]
    case .yellow: ["黄色"]
    case .grey: ["gray", "灰色"]
    }
  }

  /// The consequence flagged, short enough for a table column (晋档晋前, 停发暂停); empty for
  /// yellow.
  public var flagged: Localized {
    switch self {
    case .red: Localized(en: "grade, post up?", zh: "晋档晋前")
    case .yellow: Localized(en: "", zh: "")
    case .grey: Localized(en: "pay, duties stop?", zh: "停发暂停")
    }
  }

  /// `红（两晋）` / `red (move up)`; yellow has no consequence.
  public func cadreLabel(_ language: Language) -> String {
    let zh = language == .zh
    switch self {
    case .red: return zh ? "红（两晋）" : "red (move up)"
    case .yellow: return zh ? "黄" : "yellow"
    case .grey: return zh ? "灰（双停）" : "grey (stop)"
    }
  }

  /// What the colour proposes, in a sentence; nil for yellow.
  public func consequence(_ language: Language) -> String? {
    let zh = language == .zh
    switch self {
    case .red: return zh ? "两晋：晋档、晋前" : "两晋: up a pay grade and a post"
    case .yellow: return nil
    case .grey: return zh ? "双停：停发绩效、暂停职务" : "双停: pay stopped, duties suspended"
    }
  }
}
