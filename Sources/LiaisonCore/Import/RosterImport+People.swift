/// Rows of members and households.
extension RosterImport {
  mutating func importMember(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String) {
    let name = cells.text("name")
    let phone = try cells.phone("phone")
    let born = cells.text("born").flatMap(SpreadsheetValue.birth)
    if let text = cells.text("born"), born == nil {
      throw RosterError.invalidValue(
        field: "born", value: text,
        expected: Localized(en: "a month such as 1968-05", zh: "年月，例如 1968-05"))
    }
    // Matched by id, else by name and phone, else by name and birth month.
    let existing: Member? =
      if let id = cells.text("id"), let found = index.memberIndex(id) {
        roster.members[found]
      } else if let name, let phone {
        try Self.single(
          roster.members.filter { $0.name == name && $0.phone == phone },
          describe: "\(name) \(phone)")
      } else if let name, let born {
        try Self.single(
          roster.members.filter { $0.name == name && $0.born == born }, describe: "\(name) \(born)")
      } else {
        nil
      }
    if let existing { try claim(.member, existing.id, line: cells.row.line) }
    // References resolve before the roster changes, so no copy of it is kept alive.
    let village = try cells.text("village").map { try villageID($0) }
    let grid = try cells.text("grid").map {
      try gridID($0, inVillage: village ?? existing?.village)
    }
    let gender = try cells.choice(Gender.self, "gender")
    let joined = try cells.day("joined")
    let status = try cells.choice(MemberStatus.self, "status")
    let category = try cells.choice(MemberCategory.self, "category")
    let duties = try cells.text("duties").map { cell in
      try SpreadsheetValue.list(cell).map { text in
        try Duty.typed(text, township: townshipDuties, field: "duties")
      }
    }
    let proxyPhone = try cells.phone("proxyPhone")
    let left = try cells.day("left")
    let since = try since(cells, isNew: existing == nil)
    func fill(_ member: inout Member) {
      if let name { member.name = name }
      if let phone { member.phone = phone }
      if let village { member.village = village }
      if let grid { member.grid = grid }
      if let gender { member.gender = gender }
      if let born { member.born = born }
      if let joined { member.joined = joined }
      if let status { member.status = status }
      if let category { member.category = category }
      if let duties { member.duties = duties }
      if let branch = cells.text("branch") { member.branch = branch }
      if let proxyName = cells.text("proxyName") { member.proxyName = proxyName }
      if let proxyPhone { member.proxyPhone = proxyPhone }
      if let left { member.left = left }
      if let since { member.since = since }
    }
    guard let existing else {
      var member = Member(id: cells.text("id") ?? "", name: "", phone: "", village: "")
      fill(&member)
      let added = try roster.addMember(
        member, today: today,
        repeatsAmong: acceptRepeats
          ? nil : index.members(named: member.name).map { roster.members[index.memberIndex($0)!] })
      try claim(.member, added.id, line: cells.row.line)
      index.addMember(added, at: roster.members.count - 1)
      return (.create, added.id, "\(added.name) \(added.phone)")
    }
    let position = index.memberIndex(existing.id)!
    let result = try roster.editMember(existing.id, as: .on(today), today: today) { fill(&$0) }
    try requireNothingBefore(result.record, was: existing, at: position)
    note(result.changedMonths)
    let edited = result.record
    index.replaceMember(existing, with: edited, at: position)
    return (edited == existing ? .unchanged : .update, edited.id, "\(edited.name) \(edited.phone)")
  }

  mutating func importHousehold(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String)
  {
    let head = cells.text("head")
    let village = try cells.text("village").map { try villageID($0) }
    let courtyard = cells.text("courtyard")
    let address = cells.text("address")
    let phone = try cells.phone("phone")
    // Matched by id, else by head, village and courtyard or address; a different phone is a
    // different household (as `Household.couldRepeat` says), not an update of its phone.
    let existing: Household? =
      if let id = cells.text("id"), let found = index.householdsByID[id.uppercased()] {
        roster.households[found]
      } else {
        try Self.single(
          index.households(headed: head ?? "").map {
            roster.households[index.householdsByID[$0.uppercased()]!]
          }
          .filter {
            $0.village == village && (courtyard == nil || $0.courtyard == courtyard)
              && (address == nil || $0.address == address)
              && (phone == nil || $0.phone == nil || $0.phone == phone)
          }, describe: [head, courtyard, address].compactMap { $0 }.joined(separator: " "))
      }
    if let existing { try claim(.household, existing.id, line: cells.row.line) }
    let grid = try cells.text("grid").map {
      try gridID($0, inVillage: village ?? existing?.village)
    }
    let size = try cells.integer("size")
    let since = try since(cells, isNew: existing == nil)
    func fill(_ household: inout Household) {
      if let head { household.head = head }
      if let village { household.village = village }
      if let grid { household.grid = grid }
      if let phone { household.phone = phone }
      if let courtyard { household.courtyard = courtyard }
      if let address { household.address = address }
      if let size { household.size = size }
      if let tags = cells.text("tags") { household.tags = SpreadsheetValue.list(tags) }
      if let note = cells.text("note") { household.note = note }
      if let since { household.since = since }
    }
    guard let existing else {
      let (id, checked) = index.newHouseholdID(cells.text("id"))
      var household = Household(id: id, head: "", village: "", since: today)
      fill(&household)
      let added = try roster.addHousehold(
        household, idChecked: checked,
        repeatsAmong: acceptRepeats
          ? nil
          : index.households(headed: household.head).map {
            roster.households[index.householdsByID[$0.uppercased()]!]
          })
      try claim(.household, added.id, line: cells.row.line)
      index.addHousehold(added, at: roster.households.count - 1)
      return (.create, added.id, "\(added.head) \(roster.villageName(added.village))")
    }
    let position = index.householdsByID[existing.id.uppercased()]!
    let result = try roster.editHousehold(at: position, as: .on(today), today: today) {
      fill(&$0)
    }
    try requireNothingBefore(result.record, was: existing, at: position)
    note(result.changedMonths)
    let edited = result.record
    index.replaceHousehold(existing, with: edited, at: position)
    return (
      edited == existing ? .unchanged : .update, edited.id,
      "\(edited.head) \(roster.villageName(edited.village))"
    )
  }
}
