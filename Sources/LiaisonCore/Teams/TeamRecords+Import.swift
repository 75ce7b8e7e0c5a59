import Foundation

/// Team people from the spreadsheet a township keeps (Excel or WPS CSV, UTF-8 or GB18030,
/// headers in Chinese or English): every row added, or none.
extension TeamRecords {
  /// The columns read, by the headings that name them.
  static let personHeadings: [(field: String, names: [String])] = [
    ("name", ["姓名", "名字", "name"]), ("phone", ["电话", "手机", "联系电话", "手机号", "phone"]),
    ("unit", ["单位", "工作单位", "所在单位", "unit"]), ("role", ["角色", "职务", "岗位", "role"]),
    ("member", ["党员", "党员编号", "member"]), ("note", ["备注", "note"]),
  ]

  /// Adds a person for each row of `data`, a CSV with a heading row.
  /// - Throws: `InputFileError` naming `source`, the line and what is wrong; nothing is
  ///   added then.
  public mutating func importPeople(
    _ data: Data, source: String, roster: Roster
  ) throws
    -> [TeamPerson]
  {
    func refuse(_ line: Int?, _ reason: Localized) -> InputFileError {
      // The error adds its own full stop after the reason.
      let en = reason.en.hasSuffix(".") ? String(reason.en.dropLast()) : reason.en
      let zh = reason.zh.hasSuffix("。") ? String(reason.zh.dropLast()) : reason.zh
      return InputFileError(
        path: source,
        reason: line.map { Localized(en: "line \($0): " + en, zh: "第 \($0) 行：" + zh) }
          ?? Localized(en: en, zh: zh))
    }
    let table = try CSVReader().read(try TextDecoding.decode(data).text)
    var columns: [String: Int] = [:]
    for (index, heading) in table.header.enumerated() {
      let wanted = heading.trimmedSpaces.lowercased()
      if let field = Self.personHeadings.first(where: { $0.names.contains(wanted) })?.field {
        columns[field] = index
      }
    }
    guard let nameColumn = columns["name"] else {
      throw refuse(
        table.headerLine,
        Localized(
          en: "no name column; the headings may be 姓名, 电话, 单位, 角色, 党员, 备注 (or name, "
            + "phone, unit, role, member, note).",
          zh: "缺少“姓名”列；表头可为 姓名、电话、单位、角色、党员、备注。"))
    }
    var copy = self
    var added: [TeamPerson] = []
    for row in table.rows where !row.cells.allSatisfy({ $0.trimmedSpaces.isEmpty }) {
      func cell(_ field: String) -> String? {
        columns[field].map { row[$0].trimmedSpaces }.flatMap { $0.isEmpty ? nil : $0 }
      }
      do {
        added.append(
          try copy.addPerson(
            name: row[nameColumn], phone: cell("phone"), unit: cell("unit"),
            role: cell("role") ?? TeamRole.member.rawValue, member: cell("member"),
            note: cell("note"), roster: roster))
      } catch let error as LiaisonError {
        throw refuse(row.line, error.message)
      }
    }
    self = copy
    return added
  }
}
