/// Forming teams and changing who is on them and which villages they serve. Every change is
/// dated; a seat or a village is ended, never deleted, so past weeks keep their team.
extension TeamRecords {
  /// Forms a team with its leader and the villages it serves from `day`.
  /// - Throws: `TeamError` for a name in use or a village another team serves then.
  public mutating func addTeam(
    name: String, leader: String, villages: [String], from day: Day, note: String?,
    roster: Roster
  ) throws -> Team {
    let name = name.trimmedSpaces
    guard !name.isEmpty, !teams.contains(where: { $0.name == name }) else {
      throw TeamError.rule(
        Localized(
          en: "--name must be given and not used by another team.",
          zh: "--name 不能为空，也不能与其他服务团重名。"))
    }
    var team = Team(id: Self.nextID(prefix: "T", digits: 2, after: teams.map(\.id)), name: name)
    team.note = note
    teams.append(team)
    team = try join(team.id, person: leader, role: TeamRole.leader.rawValue, from: day)
    for village in villages {
      team = try serve(team.id, village: village, from: day, roster: roster)
    }
    return team
  }

  /// Seats a person on a team from `day`, with a role.
  public mutating func join(
    _ reference: String, person: String, role: String, from day: Day
  )
    throws -> Team
  {
    var team = try self.team(reference)
    let person = try self.person(person)
    let role = TeamRole.stored(role.isEmpty ? person.role : role)
    if team.seats.contains(where: { $0.person == person.id && ($0.to.map { $0 > day } ?? true) }) {
      throw TeamError.rule(
        Localized(
          en: "\(person.name) already has a seat on \(team.name) on or after \(day); "
            + "'team leave' ends it first.",
          zh: "\(person.name) 在 \(day) 或之后已在\(team.name)任职；请先用 'team leave' 结束。"))
    }
    if role == TeamRole.leader.rawValue, let leader = team.leader(on: day) {
      throw TeamError.rule(
        Localized(
          en: "\(team.name) has a leader on \(day) (\(personName(leader))); "
            + "'team leave' ends that seat first.",
          zh: "\(team.name) 在 \(day) 已有团长（\(personName(leader))）；请先用 'team leave' 结束其任职。"))
    }
    team.seats.append(TeamSeat(person: person.id, role: role, from: day))
    return replace(team)
  }

  /// Ends a person's seat: `day` is the first day they no longer serve.
  public mutating func leave(_ reference: String, person: String, on day: Day) throws -> Team {
    var team = try self.team(reference)
    let person = try self.person(person)
    guard let index = team.seats.lastIndex(where: { $0.person == person.id && $0.to == nil })
    else {
      throw TeamError.rule(
        Localized(
          en: "\(person.name) has no open seat on \(team.name).",
          zh: "\(person.name) 目前不在\(team.name)任职。"))
    }
    guard day > team.seats[index].from else {
      throw TeamError.rule(
        Localized(
          en: "--date \(day) must be after the seat began (\(team.seats[index].from)).",
          zh: "--date \(day) 须晚于任职开始日期（\(team.seats[index].from)）。"))
    }
    team.seats[index].to = day
    return replace(team)
  }

  /// Has a team serve a village from `day`; a village has one team at a time (每村一团).
  public mutating func serve(
    _ reference: String, village: String, from day: Day, roster: Roster
  )
    throws -> Team
  {
    var team = try self.team(reference)
    let village = try roster.village(village)
    if let other = teams.first(where: { other in
      other.villages.contains { $0.village == village.id && ($0.to.map { $0 > day } ?? true) }
    }) {
      throw TeamError.rule(
        Localized(
          en: "\(village.name) is served by \(other.name) (\(other.id)) on or after \(day); "
            + "'team release' ends that first.",
          zh: "\(village.name) 在 \(day) 或之后由\(other.name)（\(other.id)）联系；请先用 'team release' 结束。"))
    }
    team.villages.append(TeamVillage(village: village.id, from: day))
    return replace(team)
  }

  /// Ends a team's service of a village: `day` is the first day it no longer serves it.
  public mutating func release(
    _ reference: String, village: String, on day: Day, roster: Roster
  )
    throws -> Team
  {
    var team = try self.team(reference)
    let village = try roster.village(village)
    guard let index = team.villages.lastIndex(where: { $0.village == village.id && $0.to == nil }),
      day > team.villages[index].from
    else {
      throw TeamError.rule(
        Localized(
          en: "\(team.name) does not serve \(village.name) from before \(day).",
          zh: "\(team.name) 在 \(day) 之前并未联系\(village.name)。"))
    }
    team.villages[index].to = day
    return replace(team)
  }

  private mutating func replace(_ team: Team) -> Team {
    teams[teams.firstIndex { $0.id == team.id }!] = team
    return team
  }
}
