/// Rows of links, in the two shapes rosters use: one row per pair, or one row per member
/// with the households in one cell ("李四、王五、赵六").
extension RosterImport {
  mutating func importLinks(_ cells: ImportCells) throws -> [(ImportPlan.Action, String, String)] {
    let member: Member =
      if let phone = try cells.phone("memberPhone") {
        try index.member(phone, in: roster)
      } else {
        try index.member(cells.text("member") ?? "", in: roster)
      }
    let households = SpreadsheetValue.list(cells.text("household") ?? "")
    guard !households.isEmpty else {
      throw RosterError.rule(Localized(en: "the household cell is empty", zh: "农户一栏为空"))
    }
    guard households.count == 1 || cells.text("id") == nil else {
      throw RosterError.rule(
        Localized(
          en: "a row with several households cannot carry one link id",
          zh: "列有多户的一行不能只填一个联户编号"))
    }
    let post = try cells.choice(Post.self, "post")
    let type = try cells.choice(NeighbourType.self, "type")
    let from = try cells.day("from")
    let to = try cells.day("to")
    var results: [(ImportPlan.Action, String, String)] = []
    // A row of several households lands whole or not at all: undo its earlier pairs when a
    // later one is refused.
    let linkCount = roster.links.count
    var replaced: [(index: Int, link: Link)] = []
    do {
      for reference in households {
        let household = try index.household(reference, in: roster)
        let summary = "\(member.name) → \(household.head)"
        let existing: Link? =
          if let id = cells.text("id"), let found = roster.links.first(where: { $0.id == id }) {
            found
          } else {
            roster.links.first { link in
              link.member == member.id && link.household == household.id
                && (from.map { link.from == $0 } ?? (link.to == nil))
            }
          }
        guard let existing else {
          let link = try roster.addLink(
            member: member.id, household: household.id, post: post, type: type,
            from: from ?? defaultSince ?? today,
            to: to, id: cells.text("id") ?? "", today: today)
          results.append((.create, link.id, summary))
          continue
        }
        let position = roster.links.firstIndex { $0.id == existing.id }!
        let edited = try roster.editLink(existing.id, today: today) { link in
          if let post { link.post = post }
          if let type { link.type = type }
          if let to { link.to = to }
        }
        replaced.append((position, existing))
        results.append((edited == existing ? .unchanged : .update, edited.id, summary))
      }
    } catch {
      for (position, link) in replaced.reversed() { roster.links[position] = link }
      roster.links.removeSubrange(linkCount...)
      throw error
    }
    return results
  }
}
