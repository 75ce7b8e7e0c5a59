/// Checking the roster across files: references resolve, links are consistent, grids are
/// led by Party members.
extension FolderCheck {
  mutating func checkRosterReferences() {
    let villages = Set(roster.villages.map(\.id))
    let grids = Dictionary(roster.grids.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    func place(_ file: String, _ id: String, village: String, grid: String?) {
      if !villages.contains(village), canCheck(referenceInto: RosterFiles.villages) {
        report(
          file, line: line(of: id, in: file), en: "\(id): unknown village \(village)",
          zh: "\(id)：村 \(village) 不存在")
      }
      if let grid, grids[grid]?.village != village, canCheck(referenceInto: RosterFiles.grids) {
        report(
          file, line: line(of: id, in: file),
          en: "\(id): grid \(grid) "
            + (grids[grid] == nil ? "does not exist" : "is in another village"),
          zh: "\(id)：网格 \(grid) " + (grids[grid] == nil ? "不存在" : "属于其他村"))
      }
    }
    for grid in roster.grids {
      place(RosterFiles.grids, grid.id, village: grid.village, grid: nil)
      if let parent = grid.parent {
        place(RosterFiles.grids, grid.id, village: grid.village, grid: parent)
      }
    }
    for member in roster.members {
      place(RosterFiles.members, member.id, village: member.village, grid: member.grid)
    }
    for household in roster.households {
      place(RosterFiles.households, household.id, village: household.village, grid: household.grid)
    }
  }

  mutating func checkLinks() {
    let file = RosterFiles.links
    let members = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let households = Set(roster.households.map(\.id))
    for link in roster.links {
      let at = line(of: link.id, in: file)
      if members[link.member] == nil, canCheck(referenceInto: RosterFiles.members) {
        report(
          file, line: at, en: "\(link.id): unknown member \(link.member)",
          zh: "\(link.id)：党员 \(link.member) 不存在")
      }
      if !households.contains(link.household), canCheck(referenceInto: RosterFiles.households) {
        report(
          file, line: at, en: "\(link.id): unknown household \(link.household)",
          zh: "\(link.id)：农户 \(link.household) 不存在")
      }
      if let to = link.to, to < link.from {
        report(
          file, line: at, en: "\(link.id): ends (\(to)) before it starts (\(link.from))",
          zh: "\(link.id)：结束日期（\(to)）早于开始日期（\(link.from)）")
      }
      if let left = members[link.member]?.left, link.to.map({ $0 > left }) ?? true {
        report(
          file, line: at, en: "\(link.id): the member left on \(left) but the link goes on",
          zh: "\(link.id)：党员已于 \(left) 离开，但联户关系仍在延续")
      }
    }
    // One primary liaison per household at a time.
    let primaries = Dictionary(grouping: roster.links.filter { $0.post == .a }, by: \.household)
    for (household, links) in primaries.sorted(by: { $0.key < $1.key }) where links.count > 1 {
      let ordered = links.sorted { $0.from < $1.from }
      for (index, link) in ordered.enumerated() {
        for other in ordered[(index + 1)...] where link.overlaps(from: other.from, to: other.to) {
          report(
            file, line: line(of: other.id, in: file),
            en: "\(other.id): household \(household) already has primary liaison \(link.id) then",
            zh: "\(other.id)：农户 \(household) 同期已有主联 \(link.id)")
        }
      }
    }
  }

  mutating func checkGrids() {
    let file = RosterFiles.grids
    let members = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for grid in roster.grids {
      let at = line(of: grid.id, in: file)
      if grid.leader == nil {
        // 002: every grid has a leader (网格长); without one nobody answers for it.
        warnings.append(
          problem(
            file, line: at,
            en: "\(grid.id) (\(grid.name)) has no grid leader; name one with "
              + "'liaison grid edit \(grid.id) --leader MEMBER'",
            zh: "\(grid.id)（\(grid.name)）没有网格长；请用 'liaison grid edit \(grid.id) --leader 党员' 指定"))
      }
      if let leaderID = grid.leader {
        if let leader = members[leaderID] {
          if !leader.status.isPartyMember || leader.left != nil {
            report(
              file, line: at, en: "\(grid.id): leader \(leaderID) is not a serving Party member",
              zh: "\(grid.id)：网格长 \(leaderID) 不是在册党员")
          }
        } else if canCheck(referenceInto: RosterFiles.members) {
          report(
            file, line: at, en: "\(grid.id): unknown leader \(leaderID)",
            zh: "\(grid.id)：网格长 \(leaderID) 不存在")
        }
      }
      for staff in grid.staff
      where members[staff] == nil && canCheck(referenceInto: RosterFiles.members) {
        report(
          file, line: at, en: "\(grid.id): unknown staff member \(staff)",
          zh: "\(grid.id)：网格员 \(staff) 不存在")
      }
    }
  }
}
