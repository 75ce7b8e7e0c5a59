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
    switch kind {
    case .villages:
      rows = Self.rows(
        roster.villages, fields,
        [
          "id": { $0.id }, "name": { $0.name }, "code": { $0.code ?? "" },
          "since": { $0.since?.description ?? "" },
        ])
    case .grids:
      rows = Self.rows(
        roster.grids, fields,
        [
          "id": { $0.id }, "name": { $0.name }, "village": { roster.villageName($0.village) },
          "code": { $0.code ?? "" }, "parent": { roster.gridName($0.parent) },
          "leader": { $0.leader ?? "" },
          "staff": { $0.staff.joined(separator: "、") }, "since": { $0.since?.description ?? "" },
        ])
    case .members:
      rows = Self.rows(
        roster.members, fields,
        [
          "id": { $0.id }, "name": { $0.name }, "phone": { $0.phone },
          "village": { roster.villageName($0.village) }, "grid": { roster.gridName($0.grid) },
          "gender": { $0.gender?.label(language) ?? "" }, "born": { $0.born ?? "" },
          "joined": { $0.joined?.description ?? "" }, "status": { $0.status.label(language) },
          "category": { $0.category?.label(language) ?? "" },
          "duties": { $0.duties.map { $0.label(language) }.joined(separator: "、") },
          "branch": { $0.branch ?? "" }, "proxyName": { $0.proxyName ?? "" },
          "proxyPhone": { $0.proxyPhone ?? "" }, "left": { $0.left?.description ?? "" },
          "since": { $0.since?.description ?? "" },
        ])
    case .households:
      rows = Self.rows(
        roster.households, fields,
        [
          "id": { $0.id }, "head": { $0.head }, "phone": { $0.phone ?? "" },
          "village": { roster.villageName($0.village) }, "grid": { roster.gridName($0.grid) },
          "courtyard": { $0.courtyard ?? "" }, "address": { $0.address ?? "" },
          "size": { $0.size.map(String.init) ?? "" },
          "tags": { $0.tags.joined(separator: "、") },
          "note": { $0.note ?? "" }, "since": { $0.since?.description ?? "" },
        ])
    case .links:
      rows = Self.rows(
        roster.links, fields,
        [
          "id": { $0.id }, "member": { $0.member }, "household": { $0.household },
          "post": { $0.post.label(language) }, "type": { $0.type?.label(language) ?? "" },
          "from": { $0.from.description }, "to": { $0.to?.description ?? "" },
        ])
    case .visits:
      rows = Self.rows(
        visits, fields,
        [
          "id": { $0.id }, "date": { $0.date.description }, "member": { $0.member },
          "household": { $0.household }, "mode": { $0.mode.label(language) },
          "opinions": { $0.opinions.map(String.init) ?? "" }, "note": { $0.note ?? "" },
          "kitchenLook": { $0.look?.kitchen ?? "" }, "bedroomLook": { $0.look?.bedroom ?? "" },
          "toiletLook": { $0.look?.toilet ?? "" }, "yardLook": { $0.look?.yard ?? "" },
          "fieldsLook": { $0.look?.fields ?? "" }, "familyAsk": { $0.ask?.family ?? "" },
          "economyAsk": { $0.ask?.economy ?? "" }, "opinionsAsk": { $0.ask?.opinions ?? "" },
          "needsAsk": { $0.ask?.needs ?? "" },
        ])
    }
  }

  /// Each record's cells in the order of `fields`, by the column of each field's name (""
  /// for a field without one): the columns are looked up once, not once a record.
  private static func rows<Record>(
    _ records: [Record], _ fields: [ImportField], _ columns: [String: (Record) -> String]
  ) -> [[String]] {
    let cells = fields.map { columns[$0.name] }
    return records.map { record in cells.map { $0?(record) ?? "" } }
  }

  /// CSV as Excel and WPS on Chinese Windows open it: UTF-8 with a byte-order mark, CRLF,
  /// and cells that a spreadsheet would take for a formula or a number made safe.
  public func csv(byteOrderMark: Bool = true) -> String {
    CSVWriter().document(header: header, rows: rows, byteOrderMark: byteOrderMark)
  }
}
