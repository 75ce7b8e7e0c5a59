import Foundation

/// Everything in a data folder as one JSON document: what `export all --format json`
/// writes and `import all` reads back, losslessly.
public struct ExportBundle: Codable, Sendable, Equatable {
  public var format: Int
  public var township: Manifest.Township?
  public var villages: [Village]
  public var grids: [Grid]
  public var members: [Member]
  public var households: [Household]
  public var links: [Link]
  public var visits: [Visit]
  /// Absent in files written before needs were kept.
  public var needs: [Need]?
  /// Absent in files written before scoring (each, like needs, optional).
  public var activities: [Activity]?
  public var commitments: [Commitment]?
  public var appraisals: [Appraisal]?
  public var adjustments: [ScoreAdjustment]?
  /// The photos kept in the folder that activities name; absent when none are (and in
  /// files written before photos were kept).
  public var photos: [KeptPhoto]?
  /// Ids removed as mistakes, so the folder it is imported into never gives them again;
  /// absent when none were (and in files written before they were kept).
  public var retired: RetiredIDs?
  /// The service teams' records, supervision's and the rules files (`CarriedRecords`); each
  /// absent in files written before `export all` carried them.
  public var teamPeople: [TeamPerson]?
  public var teams: [Team]?
  public var teamTasks: [TeamTask]?
  public var teamWork: [TeamWork]?
  public var teamRatings: [TeamRating]?
  public var teamPioneers: [TeamPioneer]?
  public var teamProjects: [TeamProject]?
  public var inspections: [Inspection]?
  public var workReports: [WorkReport]?
  public var indexAdjustments: [IndexAdjustment]?
  public var reserves: [ReserveDecision]?
  public var stars: [StarAward]?
  /// Each rules file's text by its name (`rules/scoring.json`).
  public var rules: [String: String]?

  public init(
    township: Manifest.Township?, roster: Roster, visits: [Visit], needs: [Need] = [],
    scored: ScoreRecordFiles = ScoreRecordFiles(), carried: CarriedRecords = CarriedRecords()
  ) {
    self.format = Manifest.currentFormat
    self.township = township
    self.villages = roster.villages
    self.grids = roster.grids
    self.members = roster.members
    self.households = roster.households
    self.links = roster.links
    self.visits = visits
    self.needs = needs
    self.activities = scored.activities
    self.commitments = scored.commitments
    self.appraisals = scored.appraisals
    self.adjustments = scored.adjustments
    self.retired = roster.retired.isEmpty ? nil : roster.retired
    self.carried = carried
  }

  /// The carried sections as one value; absent sections are empty.
  public var carried: CarriedRecords {
    get {
      var carried = CarriedRecords()
      carried.teams = TeamRecords(
        people: teamPeople ?? [], teams: teams ?? [], tasks: teamTasks ?? [],
        work: teamWork ?? [], ratings: teamRatings ?? [], pioneers: teamPioneers ?? [],
        projects: teamProjects ?? [])
      carried.inspections = inspections ?? []
      carried.workReports = workReports ?? []
      carried.indexAdjustments = indexAdjustments ?? []
      carried.reserves = reserves ?? []
      carried.stars = stars ?? []
      carried.rules = rules ?? [:]
      return carried
    }
    set {
      teamPeople = newValue.teams.people
      teams = newValue.teams.teams
      teamTasks = newValue.teams.tasks
      teamWork = newValue.teams.work
      teamRatings = newValue.teams.ratings
      teamPioneers = newValue.teams.pioneers
      teamProjects = newValue.teams.projects
      inspections = newValue.inspections
      workReports = newValue.workReports
      indexAdjustments = newValue.indexAdjustments
      reserves = newValue.reserves
      stars = newValue.stars
      rules = newValue.rules.isEmpty ? nil : newValue.rules
    }
  }

  /// Reads a file `export all` wrote.
  /// - Throws: `StoreError.unreadable` naming the file and the field that is wrong.
  public static func decode(_ data: Data, path: String) throws -> ExportBundle {
    if FileSignature(data) != .text {
      // `export all -o FILE.xlsx` is for people; only the JSON keeps every field.
      let sheets = ImportKind.allCases.map { ExportTable.sheetName($0, .zh) }
      throw InputFileError(
        path: path,
        reason: Localized(
          en: "this is a workbook; 'import all' reads the JSON that 'liaison export all' writes by "
            + "default. Import a workbook's sheets one kind at a time, in this order: "
            + "liaison import villages \(path) --sheet 村 (or Villages), then grids, members, "
            + "households, links and visits",
          zh: "这是工作簿；'import all' 只读取 'liaison export all' 默认写出的 JSON 文件。"
            + "工作簿请按类逐个导入，依次为：liaison import villages \(path) --sheet 村，"
            + "然后是" + sheets.dropFirst().joined(separator: "、")))
    }
    do {
      return try JSONDecoder().decode(ExportBundle.self, from: data)
    } catch {
      let detail = RecordCodec.describe(error)
      throw InputFileError(
        path: path,
        reason: Localized(
          en: "not a file written by 'liaison export all' (\(detail))",
          zh: "不是 'liaison export all' 写出的文件（\(detail)）"))
    }
  }
}
