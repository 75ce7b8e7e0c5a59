import Foundation

/// `check` on the teams' files and their rules files: every record refers to people,
/// teams, villages and households that exist; spans run forward; a task's status is what
/// its history says. Each file is optional (a folder made before teams has none).
extension FolderCheck {
  /// A day after every span, for spans that have not ended.
  private static let endOfTime = Day(year: 9999, month: 12, day: 31)!

  mutating func checkTeams() {
    func present(_ name: String) -> Bool {
      FileManager.default.fileExists(atPath: folder.file(name))
    }
    let people: [TeamPerson] = present(TeamFiles.people) ? load(TeamFiles.people) : []
    let teams: [Team] = present(TeamFiles.teams) ? load(TeamFiles.teams) : []
    let tasks: [TeamTask] = present(TeamFiles.tasks) ? load(TeamFiles.tasks) : []
    let work: [TeamWork] = present(TeamFiles.work) ? load(TeamFiles.work) : []
    let ratings: [TeamRating] = present(TeamFiles.ratings) ? load(TeamFiles.ratings) : []
    let pioneers: [TeamPioneer] = present(TeamFiles.pioneers) ? load(TeamFiles.pioneers) : []
    let projects: [TeamProject] = present(TeamFiles.projects) ? load(TeamFiles.projects) : []
    let known = TeamReferences(
      people: Set(people.map(\.id)), teams: Set(teams.map(\.id)), tasks: Set(tasks.map(\.id)),
      peopleReadable: !unreadable.contains(TeamFiles.people),
      teamsReadable: !unreadable.contains(TeamFiles.teams))
    for person in people {
      if let member = person.member, !roster.members.contains(where: { $0.id == member }),
        canCheck(referenceInto: RosterFiles.members)
      {
        teamProblem(TeamFiles.people, person.id, "unknown member \(member)", "党员 \(member) 不存在")
      }
    }
    for team in teams { checkTeam(team, known) }
    for task in tasks { checkTask(task, known) }
    for entry in work { checkWork(entry, known) }
    var slots: Set<String> = []
    for rating in ratings {
      if known.teamsReadable, !known.teams.contains(rating.team) {
        teamProblem(
          TeamFiles.ratings, rating.id, "unknown team \(rating.team)", "服务团 \(rating.team) 不存在")
      }
      checkVillage(rating.village, file: TeamFiles.ratings, id: rating.id)
      if !slots.insert("\(rating.team)/\(rating.village)/\(rating.week)").inserted {
        teamProblem(
          TeamFiles.ratings, rating.id, "a second rating of \(rating.team) for \(rating.week)",
          "\(rating.team) 在 \(rating.week) 有重复评价")
      }
    }
    for pioneer in pioneers where known.peopleReadable && !known.people.contains(pioneer.person) {
      teamProblem(
        TeamFiles.pioneers, pioneer.id, "unknown team person \(pioneer.person)",
        "组团人员 \(pioneer.person) 不存在")
    }
    for project in projects { checkProject(project, known) }
    checkTeamRules()
  }

  private mutating func checkProject(_ project: TeamProject, _ known: TeamReferences) {
    let file = TeamFiles.projects
    func problem(_ en: String, _ zh: String) { teamProblem(file, project.id, en, zh) }
    if known.teamsReadable, !known.teams.contains(project.team) {
      problem("unknown team \(project.team)", "服务团 \(project.team) 不存在")
    }
    if known.peopleReadable, !known.people.contains(project.lead) {
      problem("unknown team person \(project.lead)", "组团人员 \(project.lead) 不存在")
    }
    checkVillage(project.village, file: file, id: project.id)
    if project.milestones.map(\.number) != Array(1..<(project.milestones.count + 1)) {
      problem("milestones are not numbered 1, 2, 3 …", "节点序号应为 1、2、3……")
    }
  }

  private mutating func checkTeam(_ team: Team, _ known: TeamReferences) {
    let file = TeamFiles.teams
    for seat in team.seats {
      if known.peopleReadable, !known.people.contains(seat.person) {
        teamProblem(file, team.id, "unknown team person \(seat.person)", "组团人员 \(seat.person) 不存在")
      }
      if let to = seat.to, to <= seat.from {
        teamProblem(
          file, team.id, "\(seat.person)'s seat ends (\(to)) before it begins (\(seat.from))",
          "\(seat.person) 的任职止日（\(to)）不晚于起日（\(seat.from)）")
      }
    }
    let leaders = team.seats.filter { $0.role == TeamRole.leader.rawValue }
    for (index, one) in leaders.enumerated() {
      for other in leaders.dropFirst(index + 1)
      where one.from < (other.to ?? Self.endOfTime) && other.from < (one.to ?? Self.endOfTime) {
        teamProblem(
          file, team.id, "two leaders at once (\(one.person), \(other.person))",
          "同时有两名团长（\(one.person)、\(other.person)）")
      }
    }
    for served in team.villages {
      checkVillage(served.village, file: file, id: team.id)
      if let to = served.to, to <= served.from {
        teamProblem(
          file, team.id, "\(served.village) ends (\(to)) before it begins (\(served.from))",
          "联系村 \(served.village) 止日（\(to)）不晚于起日（\(served.from)）")
      }
    }
  }

  private mutating func checkTask(_ task: TeamTask, _ known: TeamReferences) {
    let file = TeamFiles.tasks
    func problem(_ en: String, _ zh: String) { teamProblem(file, task.id, en, zh) }
    if known.teamsReadable, !known.teams.contains(task.team) {
      problem("unknown team \(task.team)", "服务团 \(task.team) 不存在")
    }
    checkVillage(task.village, file: file, id: task.id)
    for person in [task.assignee, task.responsible]
    where known.peopleReadable && !known.people.contains(person) {
      problem("unknown team person \(person)", "组团人员 \(person) 不存在")
    }
    guard let first = task.history.first, first.action == .planned, first.date == task.planned
    else {
      return problem(
        "its history must begin with 'planned' on \(task.planned)",
        "任务经过须以 \(task.planned) 的“排入清单”开始")
    }
    var week = task.week
    for (earlier, later) in zip(task.history, task.history.dropFirst()) {
      if later.date < earlier.date {
        return problem(
          "its history goes back in time (\(later.date) after \(earlier.date))",
          "任务经过日期倒序（\(earlier.date) 之后出现 \(later.date)）")
      }
      if later.action == .carried {
        // The last weeks of year 9999 have no next week to compare with.
        guard week.year < 9999, later.week == week.next else {
          return problem(
            "carried to \(later.week?.description ?? "no week"), not to \(week.next)",
            "结转到 \(later.week?.description ?? "空周次")，应为 \(week.next)")
        }
        week = week.next
      }
    }
    let fromHistory = task.status(on: Self.endOfTime)
    if fromHistory != task.status {
      problem(
        "status is \(task.status.rawValue) but its history ends \(fromHistory.rawValue)",
        "状态为“\(task.status.chineseLabel)”，但任务经过显示为“\(fromHistory.chineseLabel)”")
    }
  }

  private mutating func checkWork(_ entry: TeamWork, _ known: TeamReferences) {
    let file = TeamFiles.work
    func problem(_ en: String, _ zh: String) { teamProblem(file, entry.id, en, zh) }
    if known.teamsReadable, !known.teams.contains(entry.team) {
      problem("unknown team \(entry.team)", "服务团 \(entry.team) 不存在")
    }
    checkVillage(entry.village, file: file, id: entry.id)
    for person in entry.by where known.peopleReadable && !known.people.contains(person) {
      problem("unknown team person \(person)", "组团人员 \(person) 不存在")
    }
    if entry.kind == .household, entry.household == nil {
      problem("a household visit without a household", "农户走访缺少农户")
    }
    if let household = entry.household,
      !roster.households.contains(where: { $0.id == household }),
      canCheck(referenceInto: RosterFiles.households)
    {
      problem("unknown household \(household)", "农户 \(household) 不存在")
    }
    if let task = entry.task, !unreadable.contains(TeamFiles.tasks), !known.tasks.contains(task) {
      problem("unknown team task \(task)", "组团任务 \(task) 不存在")
    }
    if !(0...TeamWork.mostSolved).contains(entry.solved) {
      problem(
        "solved \(entry.solved) is not from 0 to \(TeamWork.mostSolved)",
        "解决问题数 \(entry.solved) 不在 0 到 \(TeamWork.mostSolved) 之间")
    }
  }

  private mutating func checkVillage(_ village: String, file: String, id: String) {
    guard !roster.villages.contains(where: { $0.id == village }),
      canCheck(referenceInto: RosterFiles.villages)
    else { return }
    teamProblem(file, id, "unknown village \(village)", "村 \(village) 不存在")
  }

  private mutating func teamProblem(_ file: String, _ id: String, _ en: String, _ zh: String) {
    report(file, line: line(of: id, in: file), en: "\(id): \(en)", zh: "\(id)：\(zh)")
  }

  /// The levels' and the appraisal's rules files, when present, read as the commands read them.
  private mutating func checkTeamRules() {
    let readers: [(String, (Data, String) throws -> Void)] = [
      (TeamLevels.fileName, { _ = try TeamLevels.decode($0, path: $1) }),
      (TeamEvaluationRules.fileName, { _ = try TeamEvaluationRules.decode($0, path: $1) }),
    ]
    for (name, read) in readers {
      do {
        guard let data = try FileReader.contents(folder.file(name)) else { continue }
        try read(data, name)
      } catch let error as StoreError {
        if case .unreadable(_, _, let detail) = error {
          report(name, en: detail.en, zh: detail.zh)
        } else {
          problems.append(CheckProblem(file: name, message: error.message))
        }
      } catch {
        report(name, en: "\(error)", zh: "\(error)")
      }
    }
  }

}

/// The ids the team records may refer to, and whether their files could be read (an
/// unreadable file is reported once, not again as every reference to it).
struct TeamReferences {
  var people: Set<String>
  var teams: Set<String>
  var tasks: Set<String>
  var peopleReadable: Bool
  var teamsReadable: Bool
}
