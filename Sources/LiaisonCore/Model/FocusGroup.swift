/// The groups of residents members look after first (重点服务人群, seed 000: "重点关注创业人才、
/// 统战对象、空巢老人等 7 类人群"). A household's tags are what the clerk typed; a tag that
/// names one of these — by its Chinese name, English value or a synonym — counts for it, and
/// any other tag is kept and listed as typed.
public enum FocusGroup: String, UserChoice {
  case emptyNest = "empty-nest"
  case leftBehindChildren = "left-behind-children"
  case lowIncome = "low-income"
  case disabled
  case entrepreneur
  case unitedFront = "united-front"
  case veteran

  public var chineseLabel: String {
    switch self {
    case .emptyNest: "空巢老人"
    case .leftBehindChildren: "留守儿童"
    case .lowIncome: "低保户"
    case .disabled: "残疾人"
    case .entrepreneur: "创业人才"
    case .unitedFront: "统战对象"
    case .veteran: "退役军人"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .emptyNest: ["空巢", "独居老人", "empty-nest-elderly"]
    case .leftBehindChildren: ["留守", "留守儿童家庭"]
    case .lowIncome: ["低保", "低保对象", "低收入", "低收入户"]
    case .disabled: ["残疾", "残疾人家庭", "残疾户"]
    case .entrepreneur: ["创业", "致富能手", "entrepreneurs"]
    case .unitedFront: ["统战", "统战人士"]
    case .veteran: ["退伍军人", "老兵", "veterans"]
    }
  }

  /// The name a tag is counted under: the group's own value for a known group, else the tag
  /// as typed.
  public static func key(of tag: String) -> String {
    FocusGroup(userValue: tag)?.rawValue ?? tag
  }

  /// A key's label in `language`: the group's name, or a free tag as typed.
  public static func label(ofKey key: String, _ language: Language) -> String {
    FocusGroup(rawValue: key)?.label(language) ?? key
  }
}

extension Household {
  /// Whether one of the household's tags names `tag`'s group (or is `tag` itself, for a
  /// free tag), so `--tag 低保` finds households tagged 低保户.
  public func isTagged(_ tag: String) -> Bool {
    let wanted = FocusGroup.key(of: tag)
    return tags.contains { FocusGroup.key(of: $0) == wanted }
  }
}
