/// Roster records as spreadsheet rows, with the columns the import reads back: the current
/// values and the day each record came onto the roster (`since`). A record's dated history
/// travels in the JSON exports (`export all`), which a spreadsheet cannot hold.
///
/// Villages and grids appear by name (unique where they are used); members and households
/// by id, since two people may share a name. Choices are written as the clerk reads them:
/// Chinese labels with `--lang zh`, English values otherwise; the import takes either.
public struct ExportTable {
  public var header: [String]
  public var rows: [[String]]

  /// The rows of one kind; `visits` are those given (the caller picks the months).
  public init(_ kind: ImportKind, roster: Roster, visits: [Visit] = [], language: Language) {
    let fields = kind.fields
    header = fields.map { language == .zh ? ($0.aliases.first ?? $0.name) : $0.name }
    let values: [[String: String]]
    switch kind {
    case .villages:
      values = roster.villages.map {
        ["id": $0.id, "name": $0.name, "code": $0.code ?? "", "since": $0.since?.description ?? ""]
      }
    case .grids:
      values = roster.grids.map { grid in
        [
          "id": grid.id, "name": grid.name, "village": roster.villageName(grid.village),
          "code": grid.code ?? "", "parent": roster.gridName(grid.parent),
          "leader": grid.leader ?? "",
          "staff": grid.staff.joined(separator: "、"), "since": grid.since?.description ?? "",
        ]
      }
    case .members:
      values = roster.members.map { member in
        [
          "id": member.id, "name": member.name, "phone": member.phone,
          "village": roster.villageName(member.village), "grid": roster.gridName(member.grid),
          "gender": member.gender?.label(language) ?? "", "born": member.born ?? "",
          "joined": member.joined?.description ?? "", "status": member.status.label(language),
          "category": member.category?.label(language) ?? "",
          "duties": member.duties.map { $0.label(language) }.joined(separator: "、"),
          "branch": member.branch ?? "", "proxyName": member.proxyName ?? "",
          "proxyPhone": member.proxyPhone ?? "", "left": member.left?.description ?? "",
          "since": member.since?.description ?? "",
        ]
      }
    case .households:
      values = roster.households.map { household in
        [
          "id": household.id, "head": household.head, "phone": household.phone ?? "",
          "village": roster.villageName(household.village), "grid": roster.gridName(household.grid),
          "courtyard": household.courtyard ?? "", "address": household.address ?? "",
          "size": household.size.map(String.init) ?? "",
          "tags": household.tags.joined(separator: "、"),
          "note": household.note ?? "", "since": household.since?.description ?? "",
        ]
      }
    case .links:
      values = roster.links.map { link in
        [
          "id": link.id, "member": link.member, "household": link.household,
          "post": link.post.label(language), "type": link.type?.label(language) ?? "",
          "from": link.from.description, "to": link.to?.description ?? "",
        ]
      }
    case .visits:
      values = visits.map { visit in
        [
          "id": visit.id, "date": visit.date.description, "member": visit.member,
          "household": visit.household, "mode": visit.mode.label(language),
          "opinions": visit.opinions.map(String.init) ?? "", "note": visit.note ?? "",
          "kitchenLook": visit.look?.kitchen ?? "", "bedroomLook": visit.look?.bedroom ?? "",
          "toiletLook": visit.look?.toilet ?? "", "yardLook": visit.look?.yard ?? "",
          "fieldsLook": visit.look?.fields ?? "", "familyAsk": visit.ask?.family ?? "",
          "economyAsk": visit.ask?.economy ?? "", "opinionsAsk": visit.ask?.opinions ?? "",
          "needsAsk": visit.ask?.needs ?? "",
        ]
      }
    }
    rows = values.map { record in fields.map { record[$0.name] ?? "" } }
  }

  /// CSV as Excel and WPS on Chinese Windows open it: UTF-8 with a byte-order mark, CRLF,
  /// and cells that a spreadsheet would take for a formula or a number made safe.
  public func csv(byteOrderMark: Bool = true) -> String {
    CSVWriter().document(header: header, rows: rows, byteOrderMark: byteOrderMark)
  }
}
