/// A duty a member holds. Known by the tool: the seven of 一员七职 (seed 000) and the 五大员
/// of seed 003, each stored by its English value and typed in Chinese or English; beside
/// them, the township's own duties listed in `rules/forms.json` (`"duties": ["护林员"]`),
/// stored and printed as the clerk wrote them.
public struct Duty: UserChoice {
  public let rawValue: String

  /// Any stored value reads: a known one by its value, the township's own as its text.
  public init?(rawValue: String) {
    let text = rawValue.trimmedSpaces
    guard !text.isEmpty else { return nil }
    self.rawValue = text
  }

  init(known rawValue: String) { self.rawValue = rawValue }

  // 一员七职 (seed 000).
  public static let opinionSurveyor = Duty(known: "opinion-surveyor")
  public static let policyPublicist = Duty(known: "policy-publicist")
  public static let disputeMediator = Duty(known: "dispute-mediator")
  public static let securityKeeper = Duty(known: "security-keeper")
  public static let hygieneInspector = Duty(known: "hygiene-inspector")
  public static let safetyAssistant = Duty(known: "safety-assistant")
  public static let democraticSupervisor = Duty(known: "democratic-supervisor")
  // 五大员 (seed 003); its 矛盾纠纷调解员 is the seven's 矛盾调解员.
  public static let incomeInformant = Duty(known: "income-informant")
  public static let environmentSupervisor = Duty(known: "environment-supervisor")
  public static let rulesPublicist = Duty(known: "rules-publicist")
  public static let prosperityNavigator = Duty(known: "prosperity-navigator")

  /// The duties the tool knows, in the seeds' order.
  public static let allCases: [Duty] = [
    opinionSurveyor, policyPublicist, disputeMediator, securityKeeper, hygieneInspector,
    safetyAssistant, democraticSupervisor, incomeInformant, environmentSupervisor,
    rulesPublicist, prosperityNavigator,
  ]

  /// 一员七职, the seven of seed 000.
  public static let sevenDuties = Array(allCases.prefix(7))

  static let words: [String: (zh: String, synonyms: [String])] = [
    "opinion-surveyor": ("民意调查员", ["民意调查", "民情收集员"]),
    "policy-publicist": ("政策宣传员", ["政策宣传"]),
    "dispute-mediator": ("矛盾调解员", ["矛盾调解", "调解员", "矛盾纠纷调解员"]),
    "security-keeper": ("治安维护员", ["治安维护", "治安守护员", "治安巡逻员"]),
    "hygiene-inspector": ("卫生督查员", ["卫生督查", "卫生监督员", "环卫监督员"]),
    "safety-assistant": ("安全协管员", ["安全协管"]),
    "democratic-supervisor": ("民主监督员", ["民主监督"]),
    "income-informant": ("助农增收信息员", ["增收信息员"]),
    "environment-supervisor": ("人居环境监督员", ["环境监督员"]),
    "rules-publicist": ("遵规守约宣传员", ["遵规守约"]),
    "prosperity-navigator": ("带头致富领航员", ["致富领航员"]),
  ]

  /// Whether the tool knows it (else it is one of the township's own).
  public var isKnown: Bool { Self.words[rawValue] != nil }

  public var chineseLabel: String { Self.words[rawValue]?.zh ?? rawValue }

  public var synonyms: [String] { Self.words[rawValue]?.synonyms ?? [] }

  /// The label for a table: the township's own duties print as written in either language.
  public func label(_ language: Language) -> String {
    language == .zh || !isKnown ? chineseLabel : rawValue
  }

  /// A duty as the clerk typed it: a known one by any of its names, or one of the township's
  /// own (`township`, from `rules/forms.json`) as listed there.
  /// - Throws: `RosterError.invalidValue` naming the duties known and where to add one.
  public static func typed(_ text: String, township: [String], field: String) throws -> Duty {
    if let known = Duty(userValue: text) { return known }
    let wanted = text.trimmedSpaces
    if let own = township.first(where: { $0.trimmedSpaces == wanted }) {
      return Duty(known: own.trimmedSpaces)
    }
    let names = allCases.map(\.chineseLabel) + township
    throw RosterError.invalidValue(
      field: field, value: text,
      expected: Localized(
        en: "a duty: \(names.joined(separator: ", ")); a duty of the township's own can be "
          + "added to \"duties\" in \(FormSettings.fileName)",
        zh: "职责：\(names.joined(separator: "、"))；本镇自定的职责请加到 \(FormSettings.fileName) 的 \"duties\" 中"
      ))
  }
}

extension Duty: Codable {
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let duty = Duty(rawValue: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "a duty cannot be empty"))
    }
    self = duty
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
