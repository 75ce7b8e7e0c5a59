/// The year's register of Party-member household signs (共产党员户 / 共产党员中心户, seed
/// 002), grid by grid: a member appraised excellent or qualified in the year's democratic
/// appraisal hangs a 共产党员户 sign; each grid chooses its central households
/// (`CentralHouseholdQuota`) from its excellent members, best score of the year first
/// (then by id), and the rest hang the 共产党员户 sign.
///
/// Member households are the Party members (full and probationary — an activist's is not
/// one) on the roster at the year's end, or today while it runs, in the grid they were in
/// then; members in no grid make a row of their own for their village.
public struct SignRegister: Encodable, Sendable {
  public enum Sign: String, Codable, Sendable {
    case centralHousehold = "central-household"
    case memberHousehold = "member-household"
    /// Not appraised excellent or qualified (or not yet appraised): no sign.
    case none
  }

  public struct Entry: Encodable, Hashable, Sendable {
    public var member: String
    public var name: String
    public var grade: AppraisalGrade?
    public var score: Points?
    public var sign: Sign
  }

  public struct GridRows: Encodable, Sendable {
    public var village: String
    public var villageName: String
    /// The grid's id and name; nil for the village's members in no grid.
    public var grid: String?
    public var gridName: String?
    public var quota: CentralHouseholdQuota
    public var centralHouseholds: Int
    /// How many central households the grid is short of its minimum: too few excellent.
    public var shortfall: Int
    public var entries: [Entry]
  }

  public var township: String
  public var year: Int
  public var asOf: Day
  public var grids: [GridRows]

  /// - Parameters:
  ///   - roster: the roster as it stood on `asOf`.
  ///   - scores: each member's score of the year, to order the excellent.
  public init(
    township: String, year: Int, asOf: Day, roster: Roster, appraisals: [Appraisal],
    scores: [String: Points], village: String? = nil
  ) {
    self.township = township
    self.year = year
    self.asOf = asOf
    var grades: [String: AppraisalGrade] = [:]
    for appraisal in appraisals where appraisal.year == year && appraisal.half == nil {
      if let grade = appraisal.grade { grades[appraisal.member] = grade }
    }
    let members = roster.members.filter {
      $0.isOnRoster(on: asOf) && $0.status.isPartyMember
        && (village == nil || $0.village == village)
    }
    // In the roster's order of villages and grids, members in no grid (or in a grid no
    // longer on the roster) last in their village: every member household is on a page.
    let villageOrder = Dictionary(
      roster.villages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let gridsByID = Dictionary(
      roster.grids.enumerated().map { ($1.id, ($0, $1)) }, uniquingKeysWith: { first, _ in first })
    let byGrid = Dictionary(grouping: members) { member in
      PlaceKey(village: member.village, grid: member.grid.flatMap { gridsByID[$0]?.1.id })
    }
    grids = byGrid.sorted { left, right in
      func order(_ key: PlaceKey) -> (Int, Int) {
        (villageOrder[key.village] ?? Int.max, key.grid.flatMap { gridsByID[$0]?.0 } ?? Int.max)
      }
      return order(left.key) < order(right.key)
    }.map { key, homes in
      let village = roster.villages.first { $0.id == key.village }
      return Self.rows(
        village: key.village, villageName: village?.name ?? key.village,
        grid: key.grid.flatMap { gridsByID[$0]?.1 }, homes, grades: grades, scores: scores)
    }
  }

  struct PlaceKey: Hashable {
    var village: String
    var grid: String?
  }

  static func rows(
    village: String, villageName: String, grid: Grid?, _ homes: [Member],
    grades: [String: AppraisalGrade], scores: [String: Points]
  ) -> GridRows {
    let quota = CentralHouseholdQuota(memberHouseholds: homes.count)
    let ordered = homes.sorted {
      let (left, right) = (scores[$0.id] ?? .zero, scores[$1.id] ?? .zero)
      return left != right ? left > right : RecordCodec.idPrecedes($0.id, $1.id)
    }
    let chosen = Set(
      ordered.filter { grades[$0.id] == .excellent }.prefix(quota.maximum).map(\.id))
    let entries = ordered.map { member in
      let grade = grades[member.id]
      let sign: Sign =
        chosen.contains(member.id)
        ? .centralHousehold
        : (grade == .excellent || grade == .qualified ? .memberHousehold : .none)
      return Entry(
        member: member.id, name: member.name, grade: grade, score: scores[member.id], sign: sign)
    }
    return GridRows(
      village: village, villageName: villageName, grid: grid?.id, gridName: grid?.name,
      quota: quota, centralHouseholds: chosen.count,
      shortfall: max(quota.minimum - chosen.count, 0), entries: entries)
  }
}
