/// The household's file (一户一档, seed 000 开化 "农户民情一张表"): its details and tags,
/// every member linked to it over time, every visit with what was seen and asked, every
/// need with its history — what a clerk reads before a visit and prints for the archive.
public struct HouseholdFile: Codable, Hashable, Sendable {
  public struct LinkEntry: Codable, Hashable, Sendable {
    public var link: String
    public var member: String
    public var name: String
    public var post: Post
    public var type: NeighbourType?
    public var from: Day
    public var to: Day?
  }

  public struct VisitEntry: Codable, Hashable, Sendable {
    public var id: String
    public var date: Day
    public var member: String
    public var name: String
    public var mode: VisitMode
    public var opinions: Int?
    public var note: String?
    public var look: Observations?
    public var ask: Questions?
  }

  public struct NeedEntry: Codable, Hashable, Sendable {
    public var id: String
    public var text: String
    public var raised: Day
    public var due: Day
    public var scale: NeedScale
    public var urgency: NeedUrgency
    /// As the need's history stood on `asOf`.
    public var status: NeedStatus?
    public var history: [NeedEvent]
  }

  public var township: String
  public var asOf: Day
  public var household: Household
  public var village: String
  public var grid: String?
  /// Oldest first; a link still in force has no `to`.
  public var links: [LinkEntry]
  /// Oldest first, up to `asOf`.
  public var visits: [VisitEntry]
  public var needs: [NeedEntry]

  /// Reads the household's links, needs and every month's visits up to `today`.
  public static func make(
    _ reference: String, session: StoreSession, today: Day
  ) throws -> HouseholdFile {
    let roster = try session.roster()
    let household = try roster.household(reference)
    let id = household.id
    let visits = try session.visits(
      in: try session.visitMonths().filter { $0 <= today.yearMonth }, household: { $0 == id })
    return HouseholdFile(
      household: household, roster: roster, visits: visits,
      needs: try session.needs().filter { $0.household == household.id },
      township: session.manifest.township.name, asOf: today)
  }

  public init(
    household: Household, roster: Roster, visits: [Visit], needs: [Need], township: String,
    asOf: Day
  ) {
    self.township = township
    self.asOf = asOf
    self.household = household
    village = roster.villageName(household.village)
    grid = household.grid.map(roster.gridName)
    let names = Dictionary(
      roster.members.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    links = roster.links.filter { $0.household == household.id && $0.from <= asOf }
      .sorted { ($0.from, $0.id) < ($1.from, $1.id) }
      .map {
        LinkEntry(
          link: $0.id, member: $0.member, name: names[$0.member] ?? $0.member, post: $0.post,
          type: $0.type, from: $0.from, to: $0.to)
      }
    self.visits = visits.filter { $0.household == household.id && $0.date <= asOf }
      .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
      .map {
        VisitEntry(
          id: $0.id, date: $0.date, member: $0.member, name: names[$0.member] ?? $0.member,
          mode: $0.mode, opinions: $0.opinions, note: $0.note, look: $0.look, ask: $0.ask)
      }
    self.needs = NeedFilter.sorted(
      needs.filter { $0.household == household.id && $0.raised <= asOf }
    ).map { need in
      NeedEntry(
        id: need.id, text: need.text, raised: need.raised, due: need.due, scale: need.scale,
        urgency: need.urgency, status: need.status(on: asOf),
        history: need.history.filter { $0.date <= asOf })
    }
  }
}
