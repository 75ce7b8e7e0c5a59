/// The monthly pioneers of the team members (seed 001: 由乡镇组织办负责每月评选"项目先锋"
/// "创新先锋""勤勉先锋"各 2 名). The tool proposes candidates from the records; the
/// organisation office decides, and its choice is kept here. A line of `team-pioneers.json`.
public struct TeamPioneer: Codable, Hashable, Sendable, Identifiable {
  /// `TV001`.
  public var id: String
  public var month: YearMonth
  public var kind: PioneerKind
  public var person: String
  /// Why the office chose them, as it wrote it.
  public var note: String?
  /// The day the office decided.
  public var date: Day

  public init(
    id: String, month: YearMonth, kind: PioneerKind, person: String, note: String? = nil,
    date: Day
  ) {
    self.id = id
    self.month = month
    self.kind = kind
    self.person = person
    self.note = note
    self.date = date
  }
}

/// The three pioneer titles, and the figure of the month each is proposed by.
public enum PioneerKind: String, UserChoice {
  /// 项目先锋: proposed by the project-site and enterprise work a person took part in.
  case project
  /// 创新先锋: proposed by the problems solved in the work a person took part in.
  case innovation
  /// 勤勉先锋: proposed by household visits made and tasks done as assignee.
  case diligence

  public var chineseLabel: String {
    switch self {
    case .project: "项目先锋"
    case .innovation: "创新先锋"
    case .diligence: "勤勉先锋"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .project: ["项目"]
    case .innovation: ["创新"]
    case .diligence: ["勤勉"]
    }
  }

  /// How many the office names each month.
  public static let perMonth = 2

  /// What the proposal counts, in `language`.
  public func basis(_ language: Language) -> String {
    switch (self, language) {
    case (.project, .zh): "项目现场、企业服务次数"
    case (.project, .en): "project-site and enterprise work"
    case (.innovation, .zh): "参与解决问题数"
    case (.innovation, .en): "problems solved in work taken part in"
    case (.diligence, .zh): "走访户次 + 承办完成任务数"
    case (.diligence, .en): "household visits + tasks done as assignee"
    }
  }
}
