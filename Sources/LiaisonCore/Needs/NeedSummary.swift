/// One need as a report shows it on a given day: where it stood then, with the names a
/// reader needs beside the ids. The JSON of `need week` and the reports is made of these.
public struct NeedSummary: Codable, Hashable, Sendable {
  public var id: String
  public var household: String
  public var head: String
  public var village: String
  public var grid: String?
  public var text: String
  public var scale: NeedScale
  public var urgency: NeedUrgency
  /// Its status at the end of the day the summary is for.
  public var status: NeedStatus
  public var raised: Day
  public var due: Day
  public var resolved: Day?
  public var daysOverdue: Int
  /// The member, committee member or office handling it, by name.
  public var handler: String

  /// A need as it stood at the end of `day`.
  public init(_ need: Need, on day: Day, roster: Roster, householdsByID: RecordsByID<Household>) {
    let home = householdsByID[need.household]
    id = need.id
    household = need.household
    head = home?.head ?? need.household
    village = home.map { roster.villageName($0.village) } ?? ""
    grid = home?.grid.map { roster.gridName($0) }
    text = need.text
    scale = need.scale
    urgency = need.urgency
    status = need.status(on: day) ?? .open
    raised = need.raised
    due = need.due
    resolved = need.resolvedDay(on: day)
    daysOverdue = need.daysOverdue(on: day)
    handler = roster.handlerName(need, language: .zh)
  }
}
