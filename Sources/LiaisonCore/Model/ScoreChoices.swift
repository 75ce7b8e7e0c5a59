/// What a member did in an activity: the five areas of leading by example (五带头) and the
/// volunteer services (seed 002), each matching one of the five stars.
public enum ActivityKind: String, UserChoice {
  case policy
  case industry
  case environment
  case practicalHelp = "practical-help"
  case governance
  case patrol
  case riverCleaning = "river-cleaning"
  case mediation
  case themedPartyDay = "themed-party-day"
  case organisationalLife = "organisational-life"

  /// The seeds' own words: 002's five 带头 (宣政策、兴产业、护环境、办实事、促治理) and 000's
  /// volunteer services (平安巡查、河道保洁、协调纠纷) and branch life (主题党日、组织生活).
  public var chineseLabel: String {
    switch self {
    case .policy: "宣政策"
    case .industry: "兴产业"
    case .environment: "护环境"
    case .practicalHelp: "办实事"
    case .governance: "促治理"
    case .patrol: "平安巡查"
    case .riverCleaning: "河道保洁"
    case .mediation: "协调纠纷"
    case .themedPartyDay: "主题党日"
    case .organisationalLife: "组织生活"
    }
  }

  /// Earlier labels and the words clerks use, so old habits still type.
  public var synonyms: [String] {
    switch self {
    case .policy: ["政策宣传", "学习宣传", "宣传", "政策", "带头宣政策"]
    case .industry: ["产业发展", "产业", "带头致富", "带头兴产业"]
    case .environment: ["环境卫生", "环境", "卫生", "人居环境", "带头护环境"]
    case .practicalHelp: ["为民服务", "为民办实事", "服务", "practical", "带头办实事"]
    case .governance: ["治理", "治理先锋", "基层治理", "带头促治理"]
    case .patrol: ["巡逻", "治安巡逻", "义务巡逻", "巡查"]
    case .riverCleaning: ["护河", "清河"]
    case .mediation: ["调解", "矛盾调解", "纠纷调解"]
    case .themedPartyDay: ["党日", "主题党日活动", "party-day"]
    case .organisationalLife: ["三会一课", "组织生活会", "organizational-life"]
    }
  }

  /// The star this kind of activity counts towards (seed 002), nil for volunteer services
  /// and branch life.
  public var star: Localized? {
    switch self {
    case .policy: Localized(en: "study and publicity star", zh: "学习宣传星")
    case .industry: Localized(en: "industry star", zh: "产业发展星")
    case .environment: Localized(en: "environment star", zh: "环境卫生星")
    case .practicalHelp: Localized(en: "service star", zh: "为民服务星")
    case .governance: Localized(en: "governance star", zh: "治理先锋星")
    case .patrol, .riverCleaning, .mediation, .themedPartyDay, .organisationalLife: nil
    }
  }
}

/// The grade of the yearly democratic appraisal (民主评议党员).
public enum AppraisalGrade: String, UserChoice {
  case excellent
  case qualified
  case basicallyQualified = "basically-qualified"
  case unqualified

  public var chineseLabel: String {
    switch self {
    case .excellent: "优秀"
    case .qualified: "合格"
    case .basicallyQualified: "基本合格"
    case .unqualified: "不合格"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .excellent: ["优"]
    case .qualified: ["良", "称职"]
    case .basicallyQualified: ["basically", "基本称职"]
    case .unqualified: ["不称职"]
    }
  }
}

/// How residents rated a member, each July and December (seed 002).
public enum ResidentRating: String, UserChoice {
  case good
  case fairlyGood = "fairly-good"
  case average
  case poor

  public var chineseLabel: String {
    switch self {
    case .good: "好"
    case .fairlyGood: "较好"
    case .average: "一般"
    case .poor: "差"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .good: ["很好"]
    case .fairlyGood: ["fairly", "比较好"]
    case .average: ["中等"]
    case .poor: ["较差", "bad"]
    }
  }
}

/// A half of the year: residents rate members and stars are given once per half.
public enum Half: String, UserChoice {
  case h1 = "H1"
  case h2 = "H2"

  public var chineseLabel: String { self == .h1 ? "上半年" : "下半年" }

  public var synonyms: [String] { self == .h1 ? ["1", "上"] : ["2", "下"] }

  /// The half's span of days in `year`.
  public func period(_ year: Int) -> Period { Period(parsing: "\(year)-\(rawValue)")! }
}
