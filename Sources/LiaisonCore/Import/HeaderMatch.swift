import Foundation

/// Which column feeds which field, and what the caller must tell the clerk about the rest.
public struct HeaderMatch: Sendable {
  /// Field name → 0-based column index, for fields matched by exactly one column.
  public var columns: [String: Int]
  /// Non-empty headers no field claims (0-based column): the caller lists them as ignored.
  public var unknown: [(column: Int, header: String)]
  /// Names of required fields no column matches.
  public var missing: [String]
  /// Columns that match ambiguously, one sentence each; their fields are left unset.
  public var conflicts: [Localized]
  /// Overrides that name no field or no column, one sentence each.
  public var badOverrides: [Localized]

  public init(
    columns: [String: Int] = [:], unknown: [(column: Int, header: String)] = [],
    missing: [String] = [], conflicts: [Localized] = [], badOverrides: [Localized] = []
  ) {
    self.columns = columns
    self.unknown = unknown
    self.missing = missing
    self.conflicts = conflicts
    self.badOverrides = badOverrides
  }

  /// Whether the import can go ahead: overrides fit, nothing ambiguous, nothing required missing.
  public var isUsable: Bool { missing.isEmpty && conflicts.isEmpty && badOverrides.isEmpty }

  /// Throws the problems as one error: ``ImportError/badColumnMapping(_:)`` (a usage error)
  /// when overrides do not fit, else ``ImportError/headerProblems(line:problems:)`` listing
  /// missing required fields (with the headers that would match) and conflicts.
  public func validate(fields: [ImportField], headerLine: Int = 1) throws {
    if !badOverrides.isEmpty { throw ImportError.badColumnMapping(badOverrides) }
    var problems: [Localized] = []
    for name in missing {
      let field = fields.first { $0.name == name } ?? ImportField(name: name, aliases: [])
      let shown = field.aliases.first ?? name
      let others = field.aliases.dropFirst().filter { $0 != name }
      problems.append(
        Localized(
          en: "No column for \(field.label), which is required. Name a column '\(shown)'"
            + (others.isEmpty ? "." : " (also accepted: \(others.joined(separator: ", "))))."),
          zh: "缺少必填列 \(field.label)。请将一列的表头写为“\(shown)”"
            + (others.isEmpty ? "。" : "（也可写作：\(others.joined(separator: "、"))）。")))
    }
    problems += conflicts
    if !problems.isEmpty { throw ImportError.headerProblems(line: headerLine, problems: problems) }
  }

  static func columnForSeveralFields(column: Int, header: String, fields: [String]) -> Localized {
    let place = ImportError.column(column + 1)
    return Localized(
      en: capitalizingFirst(place.en) + " '\(header)' could be any of "
        + fields.joined(separator: ", ") + "; rename it to one field's header.",
      zh: place.zh + "“\(header)”可对应多个字段（" + fields.joined(separator: "、")
        + "），请改为其中一个字段的表头。")
  }

  static func columnsForOneField(
    _ columns: [Int], headers: [String], field: ImportField
  )
    -> Localized
  {
    let places = columns.map { ImportError.column($0 + 1) }
    let shown = columns.map { "'\(headers[$0])'" }
    return Localized(
      en: capitalizingFirst(places.map(\.en).joined(separator: " and "))
        + " (\(shown.joined(separator: ", "))) \(columns.count == 2 ? "both" : "all") mean "
        + "\(field.label); keep one of them and rename or delete the others.",
      zh: places.map(\.zh).joined(separator: "和") + "（\(shown.joined(separator: "、"))）都对应 "
        + "\(field.label)，请保留其中一列，其余改名或删除。")
  }

  static func unknownField(_ text: String, known fields: [ImportField]) -> Localized {
    Localized(
      en: "'\(text)' is not one of the fields: " + fields.map(\.name).joined(separator: ", ") + ".",
      zh: "'\(text)' 不是可导入的字段，可用字段为：" + fields.map(\.name).joined(separator: "、") + "。")
  }

  static func noSuchColumn(_ header: String, field: String, headers: [String]) -> Localized {
    Localized(
      en: "No column is headed '\(header)' (given for \(field)); the headers are: "
        + headers.joined(separator: ", ") + ".",
      zh: "没有表头为“\(header)”的列（指定给 \(field)）；文件的表头为："
        + headers.joined(separator: "、") + "。")
  }

  static func columnGivenTwice(_ header: String, fields: [String]) -> Localized {
    Localized(
      en: "Column '\(header)' is given for both " + fields.joined(separator: " and ")
        + "; give it for one.",
      zh: "“\(header)”列同时指定给了 " + fields.joined(separator: " 和 ") + "，请只指定给一个字段。")
  }

  private static func capitalizingFirst(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
