/// Rows of members and households.
extension RosterImport {
  mutating func importMember(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String) {
    let name = cells.text("name")
    let phone = try cells.phone("phone")
    let born = cells.text("born").flatMap(SpreadsheetValue.birth)
    // Matched by id, else by name and phone, else by name and birth month.
    let existing: Member? =
      if let id = cells.text("id"), let found = roster.members.first(where: { $0.id == id }) {
        found
      } else if let phone {
        try Self.single(
          roster.members.filter { $0.name == name && $0.phone == phone },
          describe: "\(name ?? "") \(phone)")
      } else if let born {
        try Self.single(
          roster.members.filter { $0.name == name && $0.born == born },
          describe: "\(name ?? "") \(born)")
      } else {
        nil
      }
    let snapshot = roster
    func fill(_ member: inout Member) throws {
      if let name { member.name = name }
      if let phone { member.phone = phone }
      if let village = cells.text("village") { member.village = try snapshot.village(village).id }
      if let grid = cells.text("grid") {
        member.grid = try snapshot.grid(grid, inVillage: member.village).id
      }
      if let gender = try cells.choice(Gender.self, "gender") { member.gender = gender }
      if let text = cells.text("born") {
        guard let born else {
          throw RosterError.invalidValue(
            field: "born", value: text,
            expected: Localized(en: "a month such as 1968-05", zh: "年月，例如 1968-05"))
        }
        member.born = born
      }
      if let joined = try cells.day("joined") { member.joined = joined }
      if let status = try cells.choice(MemberStatus.self, "status") { member.status = status }
      if let category = try cells.choice(MemberCategory.self, "category") {
        member.category = category
      }
      if let duties = cells.text("duties") {
        member.duties = try SpreadsheetValue.list(duties).map { text in
          guard let duty = Duty(userValue: text) else {
            throw RosterError.invalidValue(
              field: "duties", value: text,
              expected: Localized(en: "duties such as dispute-mediator", zh: "职责，如 矛盾调解员"))
          }
          return duty
        }
      }
      if let branch = cells.text("branch") { member.branch = branch }
      if let proxyName = cells.text("proxyName") { member.proxyName = proxyName }
      if let proxyPhone = try cells.phone("proxyPhone") { member.proxyPhone = proxyPhone }
    }
    guard let existing else {
      var member = Member(id: cells.text("id") ?? "", name: "", phone: "", village: "")
      try fill(&member)
      let added = try roster.addMember(member, today: today)
      return (.create, added.id, "\(added.name) \(added.phone)")
    }
    let edited = try roster.editMember(existing.id, today: today) { try fill(&$0) }
    return (edited == existing ? .unchanged : .update, edited.id, "\(edited.name) \(edited.phone)")
  }

  mutating func importHousehold(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String)
  {
    let head = cells.text("head")
    let village = try cells.text("village").map { try roster.village($0).id }
    let courtyard = cells.text("courtyard")
    let address = cells.text("address")
    // Matched by id, else by head, village and courtyard or address.
    let existing: Household? =
      if let id = cells.text("id"), let found = roster.households.first(where: { $0.id == id }) {
        found
      } else {
        try Self.single(
          roster.households.filter {
            $0.head == head && $0.village == village
              && (courtyard == nil || $0.courtyard == courtyard)
              && (address == nil || $0.address == address)
          }, describe: [head, courtyard, address].compactMap { $0 }.joined(separator: " "))
      }
    let snapshot = roster
    func fill(_ household: inout Household) throws {
      if let head { household.head = head }
      if let village { household.village = village }
      if let grid = cells.text("grid") {
        household.grid = try snapshot.grid(grid, inVillage: household.village).id
      }
      if let phone = try cells.phone("phone") { household.phone = phone }
      if let courtyard { household.courtyard = courtyard }
      if let address { household.address = address }
      if let size = try cells.integer("size") { household.size = size }
      if let tags = cells.text("tags") { household.tags = SpreadsheetValue.list(tags) }
      if let note = cells.text("note") { household.note = note }
    }
    guard let existing else {
      var household = Household(id: cells.text("id") ?? "", head: "", village: "")
      try fill(&household)
      let added = try roster.addHousehold(household)
      return (.create, added.id, "\(added.head) \(roster.villageName(added.village))")
    }
    let edited = try roster.editHousehold(existing.id) { try fill(&$0) }
    return (
      edited == existing ? .unchanged : .update, edited.id,
      "\(edited.head) \(roster.villageName(edited.village))"
    )
  }
}
