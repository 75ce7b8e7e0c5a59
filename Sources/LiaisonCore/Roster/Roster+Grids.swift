import Foundation

/// Adding, changing and removing grids and micro-grids.
extension Roster {
  /// Adds a grid; `grid.id` is assigned here.
  /// - Throws: `RosterError.rule` when the village or parent is wrong, the name or code is
  ///   taken, or the leader is not a Party member of the village.
  public mutating func addGrid(_ grid: Grid, today: Day? = nil) throws -> Grid {
    var grid = grid
    if let today { try grid.since?.requireNotAfter(today, option: "since") }
    if grid.since == nil { grid.since = today }
    grid.id = try RecordKind.grid.assign(
      grid.id, existing: grids.map(\.id), retired: retired.grids)
    grid.name = clean(grid.name)
    grid.staff = grid.staff.uniqued()
    try validate(grid)
    grids.append(grid)
    return grid
  }

  /// Applies `body` to a grid, filing changes of its village, leader and staff as `change`
  /// says (a new grid leader is a life event).
  public mutating func editGrid(
    _ reference: String, as change: RecordChange, today: Day,
    _ body: (inout Grid) throws -> Void
  ) throws -> Edited<Grid> {
    let original = try grid(reference)
    var edited = original
    try body(&edited)
    edited.id = original.id
    edited.name = clean(edited.name)
    edited.staff = edited.staff.uniqued()
    if edited.village != original.village, !gridDependents(original.id).isEmpty {
      let dependents = gridDependents(original.id)
      throw RosterError.rule(
        Localized(
          en: "Grid \(original.name) (\(original.id)) still has "
            + dependents.map(\.en).joined(separator: ", ")
            + " in \(villageName(original.village)); "
            + "it cannot move to another village while they are in it.",
          zh: "网格 \(original.name)（\(original.id)）在 \(villageName(original.village)) 仍有"
            + dependents.map(\.zh).joined(separator: "、") + "，不能移到其他村。"))
    }
    try validate(edited)
    let filed = try original.filing(edited, as: change, today: today)
    grids[grids.firstIndex { $0.id == original.id }!] = filed.record
    return Edited(filed.record, changedMonths: filed.changedMonths)
  }

  /// What removing a grid would detach: its micro-grids, members and households.
  public func gridDependents(_ id: String) -> [Localized] {
    var dependents: [Localized] = []
    let children = grids.count { $0.parent == id }
    let memberCount = members.count { $0.grid == id }
    let householdCount = households.count { $0.grid == id }
    if children > 0 { dependents.append(.count(children, en: "micro-grid", zh: "个微网格")) }
    if memberCount > 0 { dependents.append(.count(memberCount, en: "member", zh: "名党员")) }
    if householdCount > 0 { dependents.append(.count(householdCount, en: "household", zh: "户农户")) }
    return dependents
  }

  /// Removes a grid; with `force`, its members and households are left without a grid and
  /// its micro-grids become grids of their own.
  /// - Returns: the grid and what was detached.
  public mutating func removeGrid(
    _ reference: String, force: Bool
  ) throws -> (
    Grid, detached: [Localized]
  ) {
    let grid = try grid(reference)
    let dependents = gridDependents(grid.id)
    guard dependents.isEmpty || force else {
      throw RosterError.inUse(.grid, grid.id, dependents: dependents, forceHelps: true)
    }
    for index in grids.indices where grids[index].parent == grid.id { grids[index].parent = nil }
    for index in members.indices where members[index].grid == grid.id { members[index].grid = nil }
    for index in households.indices where households[index].grid == grid.id {
      households[index].grid = nil
    }
    grids.removeAll { $0.id == grid.id }
    retired.retire(grid.id, as: .grid)
    return (grid, dependents)
  }

  private func validate(_ grid: Grid) throws {
    guard !grid.name.isEmpty else {
      throw RosterError.rule(
        Localized(en: "A grid needs a name (--name).", zh: "网格名称不能为空（--name）。"))
    }
    guard villages.contains(where: { $0.id == grid.village }) else {
      throw RosterError.notFound(.village, grid.village)
    }
    if let other = grids.first(where: {
      $0.id != grid.id && $0.village == grid.village && $0.name == grid.name
    }) {
      throw RosterError.rule(
        Localized(
          en: "\(villageName(grid.village)) already has a grid named \(grid.name) (\(other.id)).",
          zh: "\(villageName(grid.village)) 已有名为 \(grid.name) 的网格（\(other.id)）。"))
    }
    if let code = grid.code, let other = grids.first(where: { $0.id != grid.id && $0.code == code })
    {
      throw RosterError.rule(
        Localized(
          en: "Grid code \(code) is already used by \(other.name) (\(other.id)).",
          zh: "网格编码 \(code) 已被 \(other.name)（\(other.id)）使用。"))
    }
    try validateParent(of: grid)
    try validateRoles(of: grid)
  }

  /// The leader and staff of a grid: serving members of its village, the leader a Party
  /// member.
  func validateRoles(of grid: Grid) throws {
    try validateLeader(of: grid)
    for staffID in grid.staff {
      guard let staff = members.first(where: { $0.id == staffID }) else {
        throw RosterError.notFound(.member, staffID)
      }
      guard staff.left == nil, staff.village == grid.village else {
        throw RosterError.rule(
          Localized(
            en: "Grid staff must be serving members of \(villageName(grid.village)); "
              + "\(staff.name) (\(staff.id)) "
              + (staff.left == nil ? "belongs to \(villageName(staff.village))." : "has left."),
            zh: "网格员须是 \(villageName(grid.village)) 的在册党员；\(staff.name)（\(staff.id)）"
              + (staff.left == nil ? "属于 \(villageName(staff.village))。" : "已离开。")))
      }
    }
  }

  private func validateParent(of grid: Grid) throws {
    guard let parentID = grid.parent else { return }
    guard let parent = grids.first(where: { $0.id == parentID }), parent.id != grid.id else {
      throw RosterError.notFound(.grid, parentID)
    }
    guard parent.village == grid.village, parent.parent == nil,
      !grids.contains(where: { $0.parent == grid.id })
    else {
      throw RosterError.rule(
        Localized(
          en: "A micro-grid must sit directly under a grid of the same village; "
            + "\(parent.name) (\(parent.id)) cannot be the parent of \(grid.name).",
          zh: "微网格必须直接隶属于同村的网格；\(parent.name)（\(parent.id)）不能作为 \(grid.name) 的上级网格。"))
    }
  }

  private func validateLeader(of grid: Grid) throws {
    guard let leaderID = grid.leader else { return }
    guard let leader = members.first(where: { $0.id == leaderID }) else {
      throw RosterError.notFound(.member, leaderID)
    }
    guard leader.status.isPartyMember, leader.left == nil else {
      throw RosterError.rule(
        Localized(
          en: "The grid leader must be a serving Party member; \(leader.name) (\(leader.id)) is "
            + (leader.left == nil ? "an activist, not yet a member." : "no longer on the roster."),
          zh: "网格长必须由在册党员担任；\(leader.name)（\(leader.id)）"
            + (leader.left == nil ? "是入党积极分子，还不是党员。" : "已不在册。")))
    }
    guard leader.village == grid.village else {
      throw RosterError.rule(
        Localized(
          en: "The grid leader must belong to \(villageName(grid.village)); "
            + "\(leader.name) (\(leader.id)) belongs to \(villageName(leader.village)).",
          zh: "网格长须是 \(villageName(grid.village)) 的党员；"
            + "\(leader.name)（\(leader.id)）属于 \(villageName(leader.village))。"))
    }
  }
}
