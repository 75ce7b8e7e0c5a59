/// Putting tasks on a week's list (周一排清单) and changing them.
extension TeamRecords {
  /// Plans a task: this week's list or next week's, for a village the team serves, done by
  /// one of its people, answered for by the cadre its level names.
  /// - Throws: `TeamError` when a rule is broken (a week already over, a village or person
  ///   not on the team that week).
  public mutating func plan(
    _ draft: TeamTaskDraft, levels: TeamLevels, stamp: NeedStamp, roster: Roster
  ) throws -> TeamTask {
    let team = try self.team(draft.team)
    let week = draft.week ?? IsoWeek(containing: stamp.date)
    guard stamp.date <= week.sunday, week.monday <= stamp.today.adding(days: 7) else {
      throw TeamError.rule(
        Localized(
          en: "A task goes on this week's list or next week's, planned by that week's Sunday; "
            + "\(week) does not fit a task planned on \(stamp.date).",
          zh: "任务只能列入本周或下周清单，且须在该周周日前排定；\(stamp.date) 排定的任务不能列入 \(week)。"))
    }
    let text = draft.text.trimmedSpaces
    guard !text.isEmpty else {
      throw TeamError.rule(Localized(en: "--text is empty.", zh: "--text 不能为空。"))
    }
    let day = max(stamp.date, week.monday)
    let village = try servedVillage(draft.village, team: team, on: day, roster: roster)
    let assignee = try seated(draft.assignee, team: team, on: day)
    let rule = levels.level(draft.level)
    let responsible =
      try draft.responsible.map { try seated($0, team: team, on: day) }
      ?? (rule.responsible == TeamLevels.assignee
        ? assignee
        : team.seats(on: day).first { $0.role == rule.responsible }?.person
          ?? team.leader(on: day) ?? assignee)
    let due = draft.due ?? levels.due(week: week, planned: stamp.date, level: draft.level)
    guard due >= stamp.date else {
      throw TeamError.rule(
        Localized(
          en: "--due \(due) is before the day it is planned (\(stamp.date)).",
          zh: "--due \(due) 早于排定日期（\(stamp.date)）。"))
    }
    let task = TeamTask(
      id: Self.nextID(prefix: "TK", digits: 5, after: tasks.map(\.id)), team: team.id,
      village: village, list: draft.list, text: text, assignee: assignee,
      responsible: responsible, level: draft.level, week: week, planned: stamp.date, due: due,
      history: [
        TeamTaskEvent(
          date: stamp.date, action: .planned, week: week, by: stamp.by,
          recordedAt: stamp.recordedAt)
      ])
    tasks.append(task)
    return task
  }

  /// Applies a move (done, carried, cancelled, noted) to one task.
  public mutating func changeTask(
    _ reference: String, _ change: (inout TeamTask) throws -> Void
  )
    throws -> TeamTask
  {
    let found = try task(reference)
    let index = tasks.firstIndex(of: found)!
    try change(&tasks[index])
    return tasks[index]
  }

  /// The village a record is for: the one given, which the team must serve on `day`, else
  /// the team's only village then.
  func servedVillage(
    _ reference: String?, team: Team, on day: Day, roster: Roster
  ) throws
    -> String
  {
    let served = team.villages(on: day)
    guard let reference else {
      guard served.count == 1 else {
        throw TeamError.rule(
          Localized(
            en: "\(team.name) serves \(served.count) villages on \(day); say which with --village.",
            zh: "\(team.name) 在 \(day) 联系 \(served.count) 个村；请用 --village 指明。"))
      }
      return served[0]
    }
    let village = try roster.village(reference)
    guard served.contains(village.id) else {
      throw TeamError.rule(
        Localized(
          en: "\(team.name) does not serve \(village.name) on \(day); "
            + "'team serve' adds it, 'team show \(team.id)' shows its villages.",
          zh: "\(team.name) 在 \(day) 不联系\(village.name)；可用 'team serve' 添加，"
            + "'team show \(team.id)' 查看所联系的村。"))
    }
    return village.id
  }

  /// A person who holds a seat on the team on `day`, by id, name or phone.
  func seated(_ reference: String, team: Team, on day: Day) throws -> String {
    let person = try self.person(reference)
    guard team.seats(on: day).contains(where: { $0.person == person.id }) else {
      throw TeamError.rule(
        Localized(
          en: "\(person.name) (\(person.id)) is not on \(team.name) on \(day); "
            + "'team join' seats them.",
          zh: "\(person.name)（\(person.id)）在 \(day) 不是\(team.name)成员；可用 'team join' 加入。"))
    }
    return person.id
  }
}
