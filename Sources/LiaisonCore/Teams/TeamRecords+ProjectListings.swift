/// How hard projects are laid out in lists and `show`.
extension TeamRecords {
  public func projectListing(
    _ records: [TeamProject], on day: Day, roster: Roster, language: Language
  ) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Year", zh: "年度"), .init(en: "Team", zh: "服务团"),
        .init(en: "Village", zh: "村"), .init(en: "Project", zh: "项目"),
        .init(en: "Lead", zh: "牵头人"), .init(en: "Milestones", zh: "节点进度"),
        .init(en: "Note", zh: "备注"),
      ],
      rows: records.map { project in
        [
          project.id, String(project.year), teamName(project.team),
          roster.villageName(project.village), project.name, personName(project.lead),
          "\(project.reached(on: day))/\(project.milestones.count)", project.note ?? "",
        ]
      })
  }

  public func milestoneListing(_ project: TeamProject, language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "No.", zh: "序号", alignment: .right), .init(en: "Milestone", zh: "节点"),
        .init(en: "Due", zh: "期限"), .init(en: "Reached", zh: "完成日期"),
        .init(en: "Note", zh: "完成情况"),
      ],
      rows: project.milestones.map {
        [
          String($0.number), $0.text, $0.due.description, $0.reached?.description ?? "",
          $0.note ?? "",
        ]
      })
  }
}
