/// The roles people hold on a service team (seed 000 江山): the leader and the kinds of
/// member the township names, co-opted helpers included. A township may name roles of its
/// own; those are kept as typed (see `TeamRole.stored(_:)`).
public enum TeamRole: String, UserChoice {
  /// 团长: the township leader resident in the village.
  case leader
  /// 部门指导员
  case instructor
  /// 驻村联络员
  case liaison
  /// 民警治安员
  case police
  /// 律师调解员
  case lawyer
  /// 金融帮扶员
  case finance
  /// 致富能手 (co-opted)
  case entrepreneur
  /// 老干部 (co-opted)
  case retiredCadre = "retired-cadre"
  /// 两代表一委员 (co-opted)
  case deputy
  /// 团员 with no more particular role.
  case member

  public var chineseLabel: String {
    switch self {
    case .leader: "团长"
    case .instructor: "部门指导员"
    case .liaison: "驻村联络员"
    case .police: "民警治安员"
    case .lawyer: "律师调解员"
    case .finance: "金融帮扶员"
    case .entrepreneur: "致富能手"
    case .retiredCadre: "老干部"
    case .deputy: "两代表一委员"
    case .member: "团员"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .leader: ["组长", "领队"]
    case .instructor: ["指导员"]
    case .liaison: ["联络员"]
    case .police: ["民警", "治安员"]
    case .lawyer: ["律师", "调解员"]
    case .finance: ["金融"]
    case .entrepreneur: ["能人"]
    case .retiredCadre: ["retired", "退休干部"]
    case .deputy: ["代表", "委员", "人大代表", "政协委员"]
    case .member: ["成员"]
    }
  }

  /// What is kept for a role typed by the clerk: the English value of a known role
  /// (`团长` → `leader`), else the text as typed, since townships name roles of their own.
  public static func stored(_ text: String) -> String {
    TeamRole(userValue: text)?.rawValue ?? text.trimmedSpaces
  }

  /// A stored role in `language`: the label of a known role, else the township's own word.
  public static func label(_ stored: String, _ language: Language) -> String {
    TeamRole(rawValue: stored)?.label(language) ?? stored
  }
}
