/// How activities, commitments, appraisals and adjustments are laid out in lists.
extension Roster {
  public func activityListing(_ records: [Activity], language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Member", zh: "党员"),
        .init(en: "Village", zh: "村"), .init(en: "Kind", zh: "类别"),
        .init(en: "Note", zh: "说明", kind: .prose),
        .init(en: "Photos", zh: "照片", kind: .prose),
      ],
      rows: records.map { activity in
        [
          activity.id, activity.date.description, memberName(activity.member),
          memberVillage(activity.member), activity.kind.label(language), activity.note ?? "",
          (activity.photos ?? []).joined(separator: " "),
        ]
      })
  }

  public func commitmentListing(_ records: [Commitment], language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Year", zh: "年度"), .init(en: "Member", zh: "党员"),
        .init(en: "Village", zh: "村"), .init(en: "Commitment", zh: "承诺事项", kind: .prose),
        .init(en: "Fulfilled", zh: "践诺日期"), .init(en: "How", zh: "践诺情况", kind: .prose),
      ],
      rows: records.map { commitment in
        [
          commitment.id, String(commitment.year), memberName(commitment.member),
          memberVillage(commitment.member), commitment.text,
          commitment.fulfilled?.description ?? "", commitment.fulfilment ?? "",
        ]
      })
  }

  public func appraisalListing(_ records: [Appraisal], language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Year", zh: "年度"), .init(en: "Half", zh: "半年"),
        .init(en: "Member", zh: "党员"), .init(en: "Village", zh: "村"),
        .init(en: "Grade", zh: "评议等次"), .init(en: "Rating", zh: "群众评价"),
      ],
      rows: records.map { appraisal in
        [
          appraisal.id, String(appraisal.year), appraisal.half?.label(language) ?? "",
          memberName(appraisal.member), memberVillage(appraisal.member),
          appraisal.grade?.label(language) ?? "", appraisal.rating?.label(language) ?? "",
        ]
      })
  }

  public func adjustmentListing(_ records: [ScoreAdjustment], language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Member", zh: "党员"),
        .init(en: "Village", zh: "村"), .init(en: "Item", zh: "项目"),
        .init(en: "Points", zh: "分值", alignment: .right),
        .init(en: "Reason", zh: "理由", kind: .prose),
      ],
      rows: records.map { adjustment in
        [
          adjustment.id, adjustment.date.description, memberName(adjustment.member),
          memberVillage(adjustment.member), adjustment.item, adjustment.points.signed,
          adjustment.reason,
        ]
      })
  }

  /// The name of the village of a member, by the member's id.
  func memberVillage(_ member: String) -> String {
    members.first { $0.id == member }.map { villageName($0.village) } ?? ""
  }
}
