/// Logging the service day's work (周二聚服务) and the village's rating of its team.
extension TeamRecords {
  /// Logs one piece of work on `stamp.date`.
  /// - Throws: `TeamError` for a household outside the team's villages, a person not on the
  ///   team that day, a missing place, a task of another team.
  public mutating func logWork(
    _ draft: TeamWorkDraft, stamp: NeedStamp, roster: Roster
  ) throws
    -> TeamWork
  {
    let team = try self.team(draft.team)
    let day = stamp.date
    guard day <= stamp.today else {
      throw TeamError.rule(
        Localized(
          en: "--date \(day) is after today; work is logged once done.",
          zh: "--date \(day) 晚于今天；工作完成后再登记。"))
    }
    var household: Household?
    if draft.kind == .household {
      guard let reference = draft.household else {
        throw TeamError.rule(
          Localized(
            en: "A household visit needs --household.", zh: "农户走访须给出 --household。"))
      }
      household = try roster.household(reference)
    }
    let village = try servedVillage(
      draft.village ?? household?.village,
      team: team, on: day, roster: roster)
    if [.project, .enterprise].contains(draft.kind), draft.place?.trimmedSpaces.isEmpty ?? true {
      throw TeamError.rule(
        Localized(
          en: "Name the project site or enterprise with --place.", zh: "请用 --place 写明项目或企业名称。"))
    }
    guard !draft.by.isEmpty else {
      throw TeamError.rule(
        Localized(en: "Say who went with --by (one or more).", zh: "请用 --by 写明参加人员（可多人）。"))
    }
    let people = try draft.by.map { try seated($0, team: team, on: day) }.uniqued()
    guard (0...TeamWork.mostSolved).contains(draft.solved) else {
      throw TeamError.rule(
        Localized(en: "--solved must be from 0 to 1000.", zh: "--solved 须在 0 到 1000 之间。"))
    }
    let task = try draft.task.map { reference -> String in
      let task = try self.task(reference)
      guard task.team == team.id else {
        throw TeamError.rule(
          Localized(
            en: "\(task.id) is a task of \(teamName(task.team)), not of \(team.name).",
            zh: "\(task.id) 是\(teamName(task.team))的任务，不是\(team.name)的。"))
      }
      return task.id
    }
    let work = TeamWork(
      id: Self.nextID(prefix: "TW", digits: 5, after: self.work.map(\.id)), team: team.id,
      date: day, kind: draft.kind, village: village, household: household?.id,
      place: draft.place?.trimmedSpaces, by: people, result: draft.result?.trimmedSpaces,
      solved: draft.solved, task: task, recordedAt: stamp.recordedAt, recordedBy: stamp.by)
    self.work.append(work)
    return work
  }

  /// Records a village's rating of its team for `week`, replacing an earlier one.
  public mutating func rate(
    _ reference: String, village: String?, week: IsoWeek, rating: ResidentRating, note: String?,
    stamp: NeedStamp, roster: Roster
  ) throws -> TeamRating {
    let team = try self.team(reference)
    guard week.monday <= stamp.today else {
      throw TeamError.rule(
        Localized(
          en: "\(week) has not begun; a village rates its team once the week's work is shown.",
          zh: "\(week) 尚未开始；各村在晒出成效后再评价。"))
    }
    let village = try servedVillage(
      village, team: team, on: min(week.sunday, stamp.today), roster: roster)
    var made = TeamRating(
      id: Self.nextID(prefix: "TR", digits: 4, after: ratings.map(\.id)), team: team.id,
      village: village, week: week, rating: rating, note: note, date: stamp.date)
    if let index = ratings.firstIndex(where: {
      $0.team == team.id && $0.village == village && $0.week == week
    }) {
      made.id = ratings[index].id
      ratings[index] = made
    } else {
      ratings.append(made)
    }
    return made
  }
}
