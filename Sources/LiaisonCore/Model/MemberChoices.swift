/// Whether a person is a full Party member, probationary, or an activist (not yet a member,
/// but able to take an auxiliary liaison post).
public enum MemberStatus: String, UserChoice {
  case full
  case probationary
  case activist

  public var chineseLabel: String {
    switch self {
    case .full: "正式党员"
    case .probationary: "预备党员"
    case .activist: "入党积极分子"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .full: ["正式", "党员"]
    case .probationary: ["预备"]
    case .activist: ["积极分子"]
    }
  }

  /// Activists are not yet Party members: they cannot lead a grid.
  public var isPartyMember: Bool { self != .activist }
}

/// The management category of a member (党员分类管理, seed 004).
public enum MemberCategory: String, UserChoice {
  case employed
  case farmer
  case migrant
  case elderly

  public var chineseLabel: String {
    switch self {
    case .employed: "在职党员"
    case .farmer: "农民党员"
    case .migrant: "流动党员"
    case .elderly: "年老体弱党员"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .employed: ["在职"]
    case .farmer: ["农民", "无职"]
    case .migrant: ["流动"]
    case .elderly: ["年老体弱", "年老", "体弱"]
    }
  }
}

public enum Gender: String, UserChoice {
  case male
  case female

  public var chineseLabel: String { self == .male ? "男" : "女" }
  public var synonyms: [String] { self == .male ? ["m", "男性"] : ["f", "女性"] }
}
