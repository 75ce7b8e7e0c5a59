/// Taking on a hard project, setting its milestones and reaching them.
extension TeamRecords {
  /// Has a team take on a hard project for `year` in one of its villages, led by one of its
  /// people.
  public mutating func addProject(
    team reference: String, name: String, village: String?, lead: String, year: Int?,
    note: String?, stamp: NeedStamp, roster: Roster
  ) throws -> TeamProject {
    let team = try self.team(reference)
    let name = name.trimmedSpaces
    guard !name.isEmpty else {
      throw TeamError.rule(Localized(en: "--name is empty.", zh: "--name 不能为空。"))
    }
    let project = TeamProject(
      id: Self.nextID(prefix: "TJ", digits: 3, after: projects.map(\.id)), team: team.id,
      village: try servedVillage(village, team: team, on: stamp.date, roster: roster),
      year: year ?? stamp.date.year, name: name,
      lead: try seated(lead, team: team, on: stamp.date), added: stamp.date, note: note)
    projects.append(project)
    return project
  }

  /// Adds a milestone to a project.
  public mutating func addMilestone(
    _ reference: String, text: String, due: Day
  ) throws
    -> TeamProject
  {
    try changeProject(reference) { project in
      guard !text.trimmedSpaces.isEmpty, due >= project.added else {
        throw TeamError.rule(
          Localized(
            en: "A milestone needs --text and a --due date from \(project.added) on.",
            zh: "节点须有 --text，且 --due 不早于 \(project.added)。"))
      }
      project.milestones.append(
        TeamMilestone(number: project.milestones.count + 1, text: text.trimmedSpaces, due: due))
    }
  }

  /// Records a milestone reached on `stamp.date`.
  public mutating func reachMilestone(
    _ reference: String, number: Int, note: String?, stamp: NeedStamp
  ) throws -> TeamProject {
    try changeProject(reference) { project in
      guard let index = project.milestones.firstIndex(where: { $0.number == number }) else {
        throw TeamError.rule(
          Localized(
            en:
              "\(project.id) has no milestone \(number); 'team project show \(project.id)' lists them.",
            zh: "\(project.id) 没有第 \(number) 个节点；'team project show \(project.id)' 可列出。"))
      }
      guard project.milestones[index].reached == nil, stamp.date >= project.added,
        stamp.date <= stamp.today
      else {
        throw TeamError.rule(
          Localized(
            en:
              "Milestone \(number) is reached already, or --date is outside \(project.added) to today.",
            zh: "第 \(number) 个节点已完成，或 --date 不在 \(project.added) 至今天之间。"))
      }
      project.milestones[index].reached = stamp.date
      project.milestones[index].note = note
    }
  }

  /// Finds a project by id (`TJ001`, `TJ1`, `1`).
  public func project(_ reference: String) throws -> TeamProject {
    if let found = Self.byNumber(reference, prefix: "TJ", in: projects) { return found }
    throw TeamError.notFound(
      what: Localized(en: "hard project", zh: "难点项目"), reference: reference,
      list: "team project list")
  }

  private mutating func changeProject(
    _ reference: String, _ change: (inout TeamProject) throws -> Void
  ) throws -> TeamProject {
    let found = try project(reference)
    let index = projects.firstIndex(of: found)!
    try change(&projects[index])
    return projects[index]
  }
}
