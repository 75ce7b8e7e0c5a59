import Foundation

/// What a township prints on its forms (`rules/forms.json`): the office that reports and
/// posts, who prepares and who checks, and the phone residents call to complain. Every
/// field is optional; a missing one prints as a line to write on.
///
/// ```json
/// {"unit": "中共凤林镇委员会", "preparer": "王丽", "reviewer": "李明",
///  "supervisionPhone": "0570-4012345", "noticeDays": 7}
/// ```
public struct FormSettings: Codable, Hashable, Sendable {
  /// 填报单位, also the issuing body of a public table (发布单位).
  public var unit: String?
  /// 填报人.
  public var preparer: String?
  /// 审核人.
  public var reviewer: String?
  /// 监督电话, printed on public tables.
  public var supervisionPhone: String?
  /// Days a public table is posted (公示期), 7 unless set; 1 to 366.
  public var noticeDays: Int?
  /// The township's own duties beside the known ones (`Duty`), as they are printed.
  public var duties: [String]?

  public init(
    unit: String? = nil, preparer: String? = nil, reviewer: String? = nil,
    supervisionPhone: String? = nil, noticeDays: Int? = nil, duties: [String]? = nil
  ) {
    self.unit = unit
    self.preparer = preparer
    self.reviewer = reviewer
    self.supervisionPhone = supervisionPhone
    self.noticeDays = noticeDays
    self.duties = duties
  }

  /// Where the settings live in a data folder, beside the other rules files.
  public static let fileName = "rules/forms.json"

  /// The posting period in days.
  public var days: Int { min(max(noticeDays ?? 7, 1), 366) }

  /// Reads the settings, naming the file and field of a mistake; text that would garble a
  /// terminal or a page is refused as it is everywhere else.
  static func decode(_ data: Data, path: String) throws -> FormSettings {
    let settings: FormSettings
    do {
      settings = try JSONDecoder().decode(FormSettings.self, from: data)
    } catch {
      throw StoreError.unreadable(path: path, line: nil, detail: RecordCodec.describe(error))
    }
    for (field, value) in [
      ("unit", settings.unit), ("preparer", settings.preparer), ("reviewer", settings.reviewer),
      ("supervisionPhone", settings.supervisionPhone),
    ] {
      if let value, value.count > 200 || UnsafeText.firstUnsafe(in: value) != nil {
        throw StoreError.unreadable(
          path: path, line: nil,
          detail: Localized(
            en: "\(field) must be plain text of at most 200 characters",
            zh: "\(field) 须为不超过 200 字的纯文本"))
      }
    }
    for (index, duty) in (settings.duties ?? []).enumerated() {
      let text = duty.trimmedSpaces
      if text.isEmpty || text.count > 40 || UnsafeText.firstUnsafe(in: text) != nil
        || text.contains(",") || text.contains("，") || text.contains("、")
      {
        throw StoreError.unreadable(
          path: path, line: nil,
          detail: Localized(
            en: "duties[\(index)] must be a name of 1 to 40 characters without commas",
            zh: "duties[\(index)] 须为 1 至 40 个字、不含逗号或顿号的职责名称"))
      }
    }
    return settings
  }
}

extension StoreSession {
  /// The folder's form settings, or none set when it has no `rules/forms.json`.
  public func formSettings() throws -> FormSettings {
    let path = folder.file(FormSettings.fileName)
    guard let data = try FileReader.contents(path) else { return FormSettings() }
    return try FormSettings.decode(data, path: FormSettings.fileName)
  }
}
