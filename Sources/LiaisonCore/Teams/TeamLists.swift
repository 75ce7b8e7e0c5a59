/// A team's lists laid out for posting in the village (三张清单, seed 000 常山): the year's
/// Party-building and aid lists with how each item stands, and the week's personal and
/// dispatched lists.
public struct TeamLists: Codable, Hashable, Sendable {
  public struct Item: Codable, Hashable, Sendable {
    public var id: String
    public var list: TeamTaskList
    public var village: String
    public var level: NeedUrgency
    public var text: String
    public var assignee: String
    public var due: Day
    public var state: TeamTaskState
    /// The day it was done, for the year's lists.
    public var done: Day?
  }

  public var team: String
  public var name: String
  public var week: IsoWeek
  public var asOf: Day
  public var items: [Item]

  public init(team: Team, week: IsoWeek, records: TeamRecords, roster: Roster, today: Day) {
    let asOf = min(week.sunday, today)
    self.team = team.id
    name = team.name
    self.week = week
    self.asOf = asOf
    let year = week.sunday.year
    items = records.tasks.filter { $0.team == team.id && $0.planned <= asOf }.compactMap { task in
      let yearly = task.list == .partyBuilding || task.list == .yearlyAid
      let state: TeamTaskState
      if yearly {
        guard task.planned.year == year else { return nil }
        let status = task.status(on: asOf)
        state = status == .done ? .done : status == .cancelled ? .cancelled : .open
      } else {
        guard let standing = task.standing(in: week, asOf: asOf) else { return nil }
        state = standing.state
      }
      return Item(
        id: task.id, list: task.list, village: roster.villageName(task.village), level: task.level,
        text: task.text, assignee: records.personName(task.assignee), due: task.due, state: state,
        done: task.doneDay(on: asOf))
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let blocks = TeamTaskList.allCases.flatMap { list -> [ReportDocument.Block] in
      let yearly = list == .partyBuilding || list == .yearlyAid
      let mine = items.filter { $0.list == list }
      return [
        .heading(
          list.label(language)
            + (yearly
              ? (zh ? "（\(week.sunday.year) 年）" : " (\(week.sunday.year))")
              : (zh ? "（\(week)）" : " (\(week))"))),
        .table(
          .init(
            columns: [
              ReportText.left("编号", "Task", language), ReportText.left("等级", "Level", language),
              ReportText.prose("任务", "What", language),
              ReportText.left("承办人", "Assignee", language),
              ReportText.left("期限", "Due", language), ReportText.left("情况", "State", language),
            ],
            rows: mine.map {
              [
                $0.id, $0.level.label(language), $0.text, $0.assignee, $0.due.description,
                $0.state.label(language)
                  + ($0.done.map { " \($0.description.dropFirst(5))" } ?? ""),
              ]
            }, empty: ReportText.none(language))),
      ]
    }
    return ReportDocument(
      title: zh ? "\(name)工作清单" : "\(name): the lists",
      subtitle: zh ? "\(week)，截至 \(asOf)。" : "\(week), as of \(asOf).", blocks: blocks)
  }
}
