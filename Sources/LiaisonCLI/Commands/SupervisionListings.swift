import LiaisonCore

/// The lists the supervision commands print, as columns in both languages.
enum SupervisionListings {
  static func inspections(
    _ records: [Inspection], roster: Roster, language: Language
  ) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Village", zh: "村"),
        .init(en: "Outcome", zh: "结果"), .init(en: "Inspectors", zh: "督查组"),
        .init(en: "Items", zh: "督查项目"), .init(en: "Wanting", zh: "存在问题"),
        .init(en: "Findings", zh: "发现的问题"),
      ],
      rows: records.map {
        [
          $0.id, $0.date.description, roster.villageName($0.village), $0.outcome.label(language),
          $0.inspectors.joined(separator: " "), $0.items.joined(separator: " "),
          ($0.failed ?? []).joined(separator: " "), $0.findings ?? "",
        ]
      }, tableColumnCount: 5)
  }

  static func accountability(_ flags: [AccountabilityFlag], roster: Roster) -> Listing {
    Listing(
      columns: [
        .init(en: "Village", zh: "村"), .init(en: "Months", zh: "连续通报月份"),
        .init(en: "Notices", zh: "通报"),
      ],
      rows: flags.map {
        [
          roster.villageName($0.village), $0.months.map(\.description).joined(separator: " "),
          $0.inspections.joined(separator: " "),
        ]
      })
  }

  static func workReports(_ records: [WorkReport], roster: Roster) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Month", zh: "月份"), .init(en: "Village", zh: "村"),
        .init(en: "Raised", zh: "提出问题", alignment: .right),
        .init(en: "Discussed", zh: "支委研究", alignment: .right),
        .init(en: "Assigned", zh: "交办", alignment: .right),
        .init(en: "Resolved", zh: "办结", alignment: .right), .init(en: "Note", zh: "备注"),
      ],
      rows: records.map {
        [
          $0.id, $0.month.description, roster.villageName($0.village), String($0.raised),
          String($0.discussed), String($0.assigned), String($0.resolved), $0.note ?? "",
        ]
      })
  }

  static func comparison(_ comparison: IndexComparison) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Village", zh: "村"),
        .init(en: "Index", zh: "现指数", alignment: .right),
        .init(en: "Proposed", zh: "新指数", alignment: .right), .init(en: "Grade", zh: "现等次"),
        .init(en: "Proposed grade", zh: "新等次"), .init(en: "Changes", zh: "变化"),
      ],
      rows: comparison.villages.map {
        [
          $0.village, $0.name, $0.current.description, $0.proposed.description, $0.currentGrade,
          $0.proposedGrade, $0.gradeChanges ? "*" : "",
        ]
      })
  }

  static func adjustments(_ records: [IndexAdjustment], roster: Roster) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Village", zh: "村"),
        .init(en: "Item", zh: "项目"), .init(en: "Points", zh: "分值", alignment: .right),
        .init(en: "Reason", zh: "理由"),
      ],
      rows: records.map {
        [
          $0.id, $0.date.description, roster.villageName($0.village), $0.item, $0.points.signed,
          $0.reason,
        ]
      })
  }
}
