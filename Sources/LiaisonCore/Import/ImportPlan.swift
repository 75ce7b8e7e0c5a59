/// What an import will do, row by row, before it does anything.
public struct ImportPlan: Sendable {
  public enum Action: String, Sendable, Codable, CaseIterable {
    case create, update, unchanged, reject

    public var label: Localized {
      switch self {
      case .create: Localized(en: "create", zh: "新增")
      case .update: Localized(en: "update", zh: "更新")
      case .unchanged: Localized(en: "unchanged", zh: "不变")
      case .reject: Localized(en: "reject", zh: "拒绝")
      }
    }
  }

  public struct Row: Sendable {
    /// The line of the file the row starts on (the record's index + 1 for JSON).
    public var line: Int
    public var action: Action
    public var id: String
    /// A few words that tell the clerk which record it is: a name and a phone, say.
    public var summary: String
    public var reason: Localized?
    /// The cells of the row as read, to write rejected rows back out for correction.
    public var cells: [String]
  }

  public var kind: ImportKind
  public var rows: [Row] = []
  /// Columns nobody asked for, listed rather than silently dropped.
  public var unknownColumns: [String] = []
  public var header: [String] = []
  /// Warnings that do not reject a row (a visit by a member not linked to the household).
  public var warnings: [Localized] = []
  /// The months whose reports the import's corrections (a record's start moved) change.
  public var changedMonths: ReportedMonths?
  /// Rows of a visit worksheet (`report worksheet`) left unfilled: a member and household
  /// but no date and nothing written. They are skipped, not rejected.
  public var unfilledRows = 0

  public init(kind: ImportKind, rows: [Row] = []) {
    self.kind = kind
    self.rows = rows
  }

  public func count(_ action: Action) -> Int { rows.count { $0.action == action } }

  /// "3 to create, 1 to update, 5 unchanged, 2 rejected".
  public var summary: Localized {
    let counts = (
      create: count(.create), update: count(.update), same: count(.unchanged),
      reject: count(.reject)
    )
    return Localized(
      en: "\(counts.create) to create, \(counts.update) to update, \(counts.same) unchanged, "
        + "\(counts.reject) rejected",
      zh: "新增 \(counts.create)，更新 \(counts.update)，不变 \(counts.same)，拒绝 \(counts.reject)")
  }

  /// The plan as rows of a table or CSV.
  public func listing(_ language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "Line", zh: "行", alignment: .right), .init(en: "Action", zh: "操作"),
        .init(en: "ID", zh: "编号"), .init(en: "Record", zh: "记录"),
        .init(en: "Reason", zh: "原因", kind: .prose),
      ],
      rows: rows.map { row in
        [
          String(row.line), row.action.label(language), row.id, row.summary,
          row.reason?(language) ?? "",
        ]
      })
  }
}
