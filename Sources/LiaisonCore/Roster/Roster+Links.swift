import Foundation

/// Linking members to households (联户), and ending those links.
extension Roster {
  /// Links a member to a household from `from` on.
  ///
  /// The post defaults to the member's (`Member.defaultPost`). A household has at most one
  /// primary (A) liaison at a time, and a member is linked to a household only once at a
  /// time.
  public mutating func addLink(
    member memberReference: String, household householdReference: String, post: Post?,
    type: NeighbourType?, from: Day, to: Day? = nil, id: String = "", today: Day
  ) throws -> Link {
    let member = try member(memberReference)
    let household = try household(householdReference)
    try requireNotFuture(from, today: today, field: "from")
    if let left = member.left, left <= from {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) left on \(left) and cannot take new households.",
          zh: "\(member.name)（\(member.id)）已于 \(left) 离开，不能再联系农户。"))
    }
    if let to { try requireNotFuture(to, today: today, field: "to") }
    try requireOnRoster(member, on: from, for: .aLink)
    try requireOnRoster(household, on: from, for: .aLink)
    let link = Link(
      id: try RecordKind.link.assign(id, existing: links.map(\.id), retired: retired.links),
      member: member.id,
      household: household.id, post: post ?? member.defaultPost, type: type, from: from, to: to)
    if let to, to < from {
      throw RosterError.rule(
        Localized(
          en: "A link cannot end (\(to)) before it starts (\(from)).",
          zh: "联户关系的结束日期（\(to)）不能早于开始日期（\(from)）。"))
    }
    try validatePost(link, member: member)
    try validateOverlaps(link)
    links.append(link)
    return link
  }

  /// Ends a link: `day` is the first day it no longer holds.
  public mutating func endLink(_ reference: String, on day: Day, today: Day) throws -> Link {
    let link = try link(reference)
    if let to = link.to {
      throw RosterError.rule(
        Localized(
          en: "Link \(link.id) already ended on \(to).", zh: "联户关系 \(link.id) 已于 \(to) 结束。"))
    }
    try requireNotFuture(day, today: today, field: "date")
    guard link.from <= day else {
      throw RosterError.rule(
        Localized(
          en: "Link \(link.id) starts on \(link.from); it cannot end before that (\(day)).",
          zh: "联户关系 \(link.id) 始于 \(link.from)，结束日期 \(day) 不能早于此。"))
    }
    let index = links.firstIndex { $0.id == link.id }!
    links[index].to = day
    return links[index]
  }

  /// The link between a member and a household in force on `day`, if any.
  public func activeLink(member: String, household: String, on day: Day) -> Link? {
    links.first { $0.member == member && $0.household == household && $0.isActive(on: day) }
  }

  /// Applies `change` to a link and checks the result again.
  public mutating func editLink(
    _ reference: String, today: Day, _ change: (inout Link) throws -> Void
  ) throws -> Link {
    let original = try link(reference)
    var edited = original
    try change(&edited)
    edited.id = original.id
    try requireNotFuture(edited.from, today: today, field: "from")
    if let to = edited.to { try requireNotFuture(to, today: today, field: "to") }
    let member = try member(edited.member)
    if let left = member.left, edited.to.map({ $0 > left }) ?? true {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) left on \(left); the link must end by then.",
          zh: "\(member.name)（\(member.id)）已于 \(left) 离开，联户关系须在此之前结束。"))
    }
    try validatePost(edited, member: member)
    if let to = edited.to, to < edited.from {
      throw RosterError.rule(
        Localized(
          en: "Link \(edited.id) would end (\(to)) before it starts (\(edited.from)).",
          zh: "联户关系 \(edited.id) 的结束日期（\(to)）早于开始日期（\(edited.from)）。"))
    }
    try validateOverlaps(edited)
    links[links.firstIndex { $0.id == original.id }!] = edited
    return edited
  }

  /// Deletes a link entered by mistake. A link that really ended should be ended instead,
  /// so that past reports keep it.
  public mutating func removeLink(_ reference: String) throws -> Link {
    let link = try link(reference)
    links.removeAll { $0.id == link.id }
    retired.retire(link.id, as: .link)
    return link
  }

  /// Activists are not yet Party members: they serve as auxiliary liaisons only (seed 000).
  func validatePost(_ link: Link, member: Member) throws {
    guard link.post == .a, member.status == .activist else { return }
    throw RosterError.rule(
      Localized(
        en: "\(member.name) (\(member.id)) is an activist and can only take a B post (辅联).",
        zh: "\(member.name)（\(member.id)）是入党积极分子，只能担任辅联（B岗）。"))
  }

  func validateOverlaps(_ link: Link) throws {
    let others = links.filter {
      $0.id != link.id && $0.household == link.household
        && $0.overlaps(from: link.from, to: link.to)
    }
    if let same = others.first(where: { $0.member == link.member }) {
      throw RosterError.rule(
        Localized(
          en: "\(memberName(link.member)) is already linked to \(householdHead(link.household)) "
            + "(\(same.id), from \(same.from)).",
          zh: "\(memberName(link.member)) 已联系 \(householdHead(link.household))"
            + "（\(same.id)，自 \(same.from) 起）。"))
    }
    if link.post == .a, let primary = others.first(where: { $0.post == .a }) {
      throw RosterError.rule(
        Localized(
          en: "\(householdHead(link.household)) (\(link.household)) already has a primary (A) "
            + "liaison, \(memberName(primary.member)) (\(primary.id)). Give --post B, or end "
            + "that link first with 'liaison link end \(primary.id)'.",
          zh: "\(householdHead(link.household))（\(link.household)）已有主联（A岗）党员 "
            + "\(memberName(primary.member))（\(primary.id)）。请用 --post B，"
            + "或先运行 'liaison link end \(primary.id)' 结束该联户关系。"))
    }
  }
}
