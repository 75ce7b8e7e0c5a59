/// What is published for a year: the red and black lists (红黑榜, seed 000), the five stars
/// of each village for each half-year, and the proposed central households (中心户, seed
/// 002) — members graded excellent, 15–20 % of the village's member households.
public struct ScoreLists: Sendable, Encodable {
  public struct Entry: Hashable, Sendable, Encodable {
    public var member: String
    public var name: String
    public var village: String
    public var score: Points
    public var rank: Int
  }

  /// A star of one village and half-year (one each, seed 002): the Party member with the
  /// most activities of its kind (at least one); between members tied on that, the better
  /// residents' rating of the same half (seed 002 has residents rate each member's 五带头
  /// each July and December); still tied, the clerk decides (`score star award`). A
  /// member on the year's black list takes no star. A decision recorded stands in for the
  /// proposal.
  public struct Star: Hashable, Sendable, Encodable {
    public var village: String
    public var half: Half
    public var kind: ActivityKind
    /// The star's member, or the members still tied for it.
    public var members: [String]
    public var names: [String]
    /// The activities of the kind in the half of the first of `members`.
    public var activities: Int
    /// Whether the tie rule left several members: the clerk's decision is needed.
    public var tied: Bool
    /// The id of the clerk's decision, when one is recorded.
    public var award: String?
  }

  /// The proposed central households of one village: its grids' (`SignRegister`) added up.
  public struct CentralHouseholds: Hashable, Sendable, Encodable {
    public var village: String
    /// Members on the roster at the year's end (or today): each is a member household.
    public var memberHouseholds: Int
    /// The sums of its grids' quotas (`CentralHouseholdQuota`).
    public var minimum: Int
    public var maximum: Int
    /// The central households its grids chose, best score first.
    public var proposed: [Entry]
    /// How many short of their minimums the excellent members leave its grids.
    public var shortfall: Int
  }

  public var year: Int
  public var red: [Entry]
  public var black: [Entry]
  public var stars: [Star]
  public var centralHouseholds: [CentralHouseholds]

  /// The lists of `year` from its board (scored by year) and the records.
  public init(
    year: Int, board: ScoreBoard, records: ScoreRecords, today: Day, awards: [StarAward] = []
  ) {
    self.year = year
    let entries = board.scores.map {
      Entry(member: $0.member, name: $0.name, village: $0.village, score: $0.score, rank: $0.rank)
    }
    red = zip(board.scores, entries).filter { $0.0.band == .red }.map(\.1)
    black = zip(board.scores, entries).filter { $0.0.band == .black }.map(\.1)
    let end = min(Day(year: year, month: 12, day: 31)!, today)
    let roster = records.roster.asOf(end)
    let blackListed = Set(black.map(\.member))
    stars = roster.villages.flatMap { village in
      Half.allCases.flatMap { half in
        Self.stars(
          village: village.id, half: half, year: year, records: records, awards: awards,
          excluding: blackListed)
      }
    }
    // Chosen grid by grid (SignRegister), added up for the village.
    let register = SignRegister(
      township: "", year: year, asOf: end, roster: roster, appraisals: records.appraisals,
      scores: Dictionary(board.scores.map { ($0.member, $0.score) }) { first, _ in first })
    let byMember = Dictionary(entries.map { ($0.member, $0) }) { first, _ in first }
    centralHouseholds = roster.villages.map { village in
      let grids = register.grids.filter { $0.village == village.id }
      let proposed = grids.flatMap(\.entries).filter { $0.sign == .centralHousehold }
        .compactMap { byMember[$0.member] }.sorted { ($0.rank, $0.member) < ($1.rank, $1.member) }
      return CentralHouseholds(
        village: village.id, memberHouseholds: grids.reduce(0) { $0 + $1.quota.memberHouseholds },
        minimum: grids.reduce(0) { $0 + $1.quota.minimum },
        maximum: grids.reduce(0) { $0 + $1.quota.maximum }, proposed: proposed,
        shortfall: grids.reduce(0) { $0 + $1.shortfall })
    }
  }

  private static func stars(
    village: String, half: Half, year: Int, records: ScoreRecords, awards: [StarAward],
    excluding: Set<String>
  ) -> [Star] {
    let period = half.period(year)
    let members = Dictionary(
      // The village each member was in at the half's end: a later move never shifts a
      // past half's star to another village.
      records.roster.members.map { $0.asOf(period.last) }.filter { $0.village == village }.map {
        ($0.id, $0)
      }
    ) { first, _ in first }
    let activities = records.activities.filter {
      members[$0.member]?.status.isPartyMember == true
        && !excluding.contains($0.member) && period.contains($0.date)
    }
    var ratings: [String: Int] = [:]
    for appraisal in records.appraisals where appraisal.year == year && appraisal.half == half {
      if let rating = appraisal.rating {
        ratings[appraisal.member] =
          ResidentRating.allCases.count
          - ResidentRating.allCases.firstIndex(of: rating)!
      }
    }
    let decided = Dictionary(
      awards.filter { $0.village == village && $0.year == year && $0.half == half }.map {
        ($0.kind, $0)
      }
    ) { _, last in last }
    return ActivityKind.starred.compactMap { kind in
      var counts: [String: Int] = [:]
      for activity in activities where activity.kind == kind {
        counts[activity.member, default: 0] += 1
      }
      if let award = decided[kind] {
        return Star(
          village: village, half: half, kind: kind, members: [award.member],
          names: [members[award.member]?.name ?? award.member],
          activities: counts[award.member] ?? 0, tied: false, award: award.id)
      }
      guard let most = counts.values.max() else { return nil }
      let mostActive = counts.filter { $0.value == most }.keys
      let best = mostActive.map { ratings[$0] ?? 0 }.max() ?? 0
      let winners = mostActive.filter { (ratings[$0] ?? 0) == best }.sorted()
      return Star(
        village: village, half: half, kind: kind, members: winners,
        names: winners.map { members[$0]?.name ?? $0 }, activities: most,
        tied: winners.count > 1, award: nil)
    }
  }
}
