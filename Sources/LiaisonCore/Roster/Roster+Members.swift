import Foundation

/// Adding, changing, retiring and removing members.
extension Roster {
  /// Adds a member; `member.id` is assigned here and the phone stored in its normal form.
  /// - Throws: `RosterError` for a bad phone, an unknown village or grid, a phone another
  ///   member already has, a half-given proxy, or a member who looks like one on file
  ///   typed again (unless `again`: the clerk says it really is another person).
  public mutating func addMember(
    _ member: Member, today: Day, again: Bool = false
  ) throws
    -> Member
  {
    try addMember(member, today: today, repeatsAmong: again ? nil : members)
  }

  /// - Parameter candidates: the members it may repeat (an import's by name); nil when the
  ///   clerk said it is another person.
  mutating func addMember(
    _ member: Member, today: Day, repeatsAmong candidates: [Member]?
  )
    throws -> Member
  {
    var member = try normalized(member)
    member.id = try RecordKind.member.assign(
      member.id, existing: members.map(\.id), retired: retired.members)
    try member.since?.requireNotAfter(today, option: "since")
    if member.since == nil { member.since = today }
    try validate(member, today: today)
    if let existing = candidates?.first(where: member.couldRepeat) {
      throw RosterError.repeated(member, of: existing, in: villageName(member.village))
    }
    members.append(member)
    return member
  }

  /// Applies `body` to a member, filing changes of dated facts as `change` says.
  /// - Throws: `RosterError` as for a new member, or for a life event dated wrongly.
  public mutating func editMember(
    _ reference: String, as change: RecordChange, today: Day,
    _ body: (inout Member) throws -> Void
  ) throws -> Edited<Member> {
    let original = try member(reference)
    var edited = original
    try body(&edited)
    edited.id = original.id
    edited = try normalized(edited)
    try validate(edited, today: today)
    let filed = try original.filing(edited, as: change, today: today)
    edited = filed.record
    // A member who leads or staffs a grid must still qualify after the change (an
    // activist cannot lead; a leader belongs to the grid's village).
    var changed = self
    changed.members[members.firstIndex { $0.id == original.id }!] = edited
    for grid in changed.grids where grid.leader == edited.id || grid.staff.contains(edited.id) {
      try changed.validateRoles(of: grid)
    }
    self = changed
    return Edited(edited, changedMonths: filed.changedMonths)
  }

  /// Records that a member left on `day`: their links end that day and they stop leading
  /// or staffing grids. Nothing is deleted; past months still show their work.
  /// - Returns: the member, the ids of the links that were ended, and the grid posts they
  ///   gave up ("leader of 凤林村/第一网格").
  public mutating func memberLeaves(
    _ reference: String, on day: Day, today: Day
  ) throws -> (
    Member, endedLinks: [String], endedPosts: [Localized]
  ) {
    let found = try member(reference)
    if let left = found.left {
      throw RosterError.rule(
        Localized(
          en: "\(found.name) (\(found.id)) already left on \(left).",
          zh: "\(found.name)（\(found.id)）已于 \(left) 离开。"))
    }
    try requireNotFuture(day, today: today, field: "date")
    var ended: [String] = []
    for index in links.indices where links[index].member == found.id && links[index].to == nil {
      guard links[index].from <= day else {
        throw RosterError.rule(
          Localized(
            en: "Link \(links[index].id) starts on \(links[index].from), after \(day); "
              + "give a later leaving date or remove that link.",
            zh: "联户关系 \(links[index].id) 始于 \(links[index].from)，晚于 \(day)；"
              + "请给出更晚的离开日期或删除该联户关系。"))
      }
      links[index].to = day
      ended.append(links[index].id)
    }
    // Their grid posts end that day too, as a dated change: months before it still show
    // them leading.
    var posts: [Localized] = []
    for index in grids.indices
    where grids[index].leader == found.id || grids[index].staff.contains(found.id) {
      let place = villageName(grids[index].village) + "/" + grids[index].name
      posts.append(
        grids[index].leader == found.id
          ? Localized(en: "leader of \(place)", zh: "\(place)网格长")
          : Localized(en: "staff of \(place)", zh: "\(place)网格员"))
      var edited = grids[index]
      if edited.leader == found.id { edited.leader = nil }
      edited.staff.removeAll { $0 == found.id }
      // A post given after the leaving day never held: it ends the day it began.
      let began = [grids[index].since, grids[index].history.last?.to].compactMap { $0 }.max()
      let end = max(day, began ?? day)
      grids[index] = try grids[index].filing(edited, as: .on(end), today: today).record
    }
    let position = members.firstIndex { $0.id == found.id }!
    members[position].left = day
    return (members[position], ended, posts)
  }

  /// What removing a member would detach (visits are counted by the caller, who reads the
  /// logs: a member with visits is history and can only leave).
  public func memberDependents(_ id: String) -> [Localized] {
    var dependents: [Localized] = []
    let linkCount = links.count { $0.member == id }
    let leads = grids.filter { $0.leader == id }.map(\.name)
    let staffs = grids.filter { $0.staff.contains(id) }.map(\.name)
    if linkCount > 0 { dependents.append(.count(linkCount, en: "link", zh: "条联户关系")) }
    for name in leads {
      dependents.append(Localized(en: "leader of \(name)", zh: "\(name)网格长"))
    }
    for name in staffs {
      dependents.append(Localized(en: "staff of \(name)", zh: "\(name)网格员"))
    }
    return dependents
  }

  /// Removes a member entered by mistake; with `force`, their links are deleted and their
  /// grid posts cleared.
  public mutating func removeMember(
    _ reference: String, force: Bool
  ) throws -> (
    Member, detached: [Localized]
  ) {
    let member = try member(reference)
    let dependents = memberDependents(member.id)
    guard dependents.isEmpty || force else {
      throw RosterError.inUse(.member, member.id, dependents: dependents, forceHelps: true)
    }
    for link in links where link.member == member.id { retired.retire(link.id, as: .link) }
    links.removeAll { $0.member == member.id }
    retired.retire(member.id, as: .member)
    for index in grids.indices {
      if grids[index].leader == member.id { grids[index].leader = nil }
      grids[index].staff.removeAll { $0 == member.id }
    }
    members.removeAll { $0.id == member.id }
    return (member, dependents)
  }

  private func normalized(_ member: Member) throws -> Member {
    var member = member
    member.name = clean(member.name)
    member.phone = try normalizedPhone(member.phone, field: "phone")
    member.proxyName = cleanOptional(member.proxyName)
    member.proxyPhone = try member.proxyPhone.map { try normalizedPhone($0, field: "proxy-phone") }
    member.branch = cleanOptional(member.branch)
    member.duties = member.duties.uniqued()
    return member
  }

  private func validate(_ member: Member, today: Day) throws {
    guard !member.name.isEmpty else {
      throw RosterError.rule(
        Localized(en: "A member needs a name (--name).", zh: "党员姓名不能为空（--name）。"))
    }
    try validatePlace(village: member.village, grid: member.grid)
    if let other = members.first(where: { $0.id != member.id && $0.phone == member.phone }) {
      throw RosterError.rule(
        Localized(
          en: "Phone \(member.phone) already belongs to \(other.name) (\(other.id)); "
            + "each member needs their own number.",
          zh: "电话 \(member.phone) 已属于 \(other.name)（\(other.id)）；每名党员须有自己的号码。"))
    }
    if (member.proxyName == nil) != (member.proxyPhone == nil) {
      throw RosterError.rule(
        Localized(
          en: "A proxy needs both a name (--proxy-name) and a phone (--proxy-phone).",
          zh: "代联系家属须同时提供姓名（--proxy-name）和电话（--proxy-phone）。"))
    }
    if let born = member.born {
      guard Roster.isBirthDate(born) else {
        throw RosterError.invalidValue(
          field: "born", value: born,
          expected: Localized(en: "YYYY-MM or YYYY-MM-DD", zh: "YYYY-MM 或 YYYY-MM-DD"))
      }
    }
    if let joined = member.joined { try requireNotFuture(joined, today: today, field: "joined") }
  }

  static func isBirthDate(_ text: String) -> Bool {
    (text.count == 7 && YearMonth(parsing: text) != nil)
      || (text.count == 10 && Day(strict: text) != nil)
  }

  /// The village exists and the grid, if any, is in it.
  func validatePlace(village: String, grid: String?) throws {
    guard villages.record(id: village) != nil else {
      throw RosterError.notFound(.village, village)
    }
    guard let gridID = grid else { return }
    guard let found = grids.record(id: gridID) else {
      throw RosterError.notFound(.grid, gridID)
    }
    guard found.village == village else {
      throw RosterError.rule(
        Localized(
          en: "Grid \(found.name) (\(found.id)) is in \(villageName(found.village)), "
            + "not in \(villageName(village)).",
          zh: "网格 \(found.name)（\(found.id)）属于 \(villageName(found.village))，"
            + "不属于 \(villageName(village))。"))
    }
  }

  func normalizedPhone(_ text: String, field: String) throws -> String {
    try Phone(typed: text, option: field).normalized
  }

  func requireNotFuture(_ day: Day, today: Day, field: String) throws {
    try day.requireNotAfter(today, option: field)
  }
}

extension Day {
  /// Refuses a day after `today`, naming the option it came with: the one check every
  /// dated record and life event goes through.
  func requireNotAfter(_ today: Day, option field: String) throws {
    guard self <= today else {
      throw RosterError.rule(
        Localized(
          en: "--\(field) \(self) is in the future (today is \(today)).",
          zh: "--\(field) \(self) 晚于今天（\(today)）。"))
    }
  }
}
