/// The task and work rows of the week's report, with names in place of ids.
extension TeamWeekReport.TaskRow {
  init(
    task: TeamTask, standing: TeamTaskStanding, week: IsoWeek, _ records: TeamRecords,
    _ roster: Roster
  ) {
    id = task.id
    teamID = task.team
    team = records.teamName(task.team)
    village = roster.villageName(task.village)
    list = task.list
    level = task.level
    text = task.text
    assignee = records.personName(task.assignee)
    responsible = records.personName(task.responsible)
    due = task.due
    carriedIn = task.week != week
    state = standing.state
    note = standing.note
  }
}

extension TeamWeekReport.WorkRow {
  init(work: TeamWork, _ records: TeamRecords, _ roster: Roster) {
    id = work.id
    date = work.date
    teamID = work.team
    team = records.teamName(work.team)
    kind = work.kind
    village = roster.villageName(work.village)
    place = work.household.map(roster.householdHead) ?? work.place ?? ""
    by = work.by.map(records.personName)
    result = work.result
    solved = work.solved
  }
}
