/// How team records are laid out in lists and `show`, names in place of ids.
extension TeamRecords {
  public func personListing(
    _ records: [TeamPerson], roster: Roster, language: Language
  )
    -> Listing
  {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Name", zh: "姓名"), .init(en: "Phone", zh: "电话"),
        .init(en: "Unit", zh: "单位"), .init(en: "Role", zh: "角色"),
        .init(en: "Teams", zh: "所在服务团"), .init(en: "Member", zh: "对应党员"),
        .init(en: "Note", zh: "备注"),
      ],
      rows: records.map { person in
        let on = teams.filter { $0.seats.contains { $0.person == person.id && $0.to == nil } }
        return [
          person.id, person.name, person.phone ?? "", person.unit ?? "",
          TeamRole.label(person.role, language),
          on.map(\.name).joined(separator: language == .zh ? "、" : ", "),
          person.member.map(roster.memberName) ?? "", person.note ?? "",
        ]
      })
  }

  /// Teams as they stand on `day`.
  public func teamListing(
    _ records: [Team], on day: Day, roster: Roster, language: Language
  )
    -> Listing
  {
    let separator = language == .zh ? "、" : ", "
    return Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Team", zh: "服务团"), .init(en: "Leader", zh: "团长"),
        .init(en: "Villages", zh: "联系村"), .init(en: "People", zh: "人数", alignment: .right),
        .init(en: "Members", zh: "团员"), .init(en: "Note", zh: "备注"),
      ],
      rows: records.map { team in
        let seats = team.seats(on: day)
        return [
          team.id, team.name, team.leader(on: day).map(personName) ?? "",
          team.villages(on: day).map(roster.villageName).joined(separator: separator),
          String(seats.count),
          seats.filter { $0.role != TeamRole.leader.rawValue }.map {
            "\(personName($0.person))（\(TeamRole.label($0.role, language))）"
          }.joined(separator: separator), team.note ?? "",
        ]
      }, tableColumnCount: 5)
  }

  /// A team's seats and villages, past ones included, for `team show`.
  public func teamHistoryListing(_ team: Team, roster: Roster, language: Language) -> Listing {
    let seats = team.seats.map { seat in
      [
        language == .zh ? "人员" : "seat", personName(seat.person),
        TeamRole.label(seat.role, language), seat.from.description, seat.to?.description ?? "",
      ]
    }
    let villages = team.villages.map { served in
      [
        language == .zh ? "联系村" : "village", roster.villageName(served.village), "",
        served.from.description, served.to?.description ?? "",
      ]
    }
    return Listing(
      columns: [
        .init(en: "Kind", zh: "类别"), .init(en: "Who or where", zh: "人员或村"),
        .init(en: "Role", zh: "角色"), .init(en: "From", zh: "起"), .init(en: "To", zh: "止"),
      ], rows: seats + villages)
  }

  /// Tasks on `week`'s list with how each stands, or all tasks as they stand now.
  public func taskListing(
    _ records: [TeamTask], week: IsoWeek?, asOf: Day, roster: Roster, language: Language
  ) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Level", zh: "等级"), .init(en: "State", zh: "情况"),
        .init(en: "Team", zh: "服务团"), .init(en: "Village", zh: "村"),
        .init(en: "Task", zh: "任务"), .init(en: "Assignee", zh: "承办人"),
        .init(en: "Due", zh: "期限"), .init(en: "List", zh: "清单"),
        .init(en: "Answers", zh: "责任干部"), .init(en: "Week", zh: "周次"),
        .init(en: "Result or reason", zh: "结果或原因"),
      ],
      rows: records.map { task in
        let standing = week.flatMap { task.standing(in: $0, asOf: asOf) }
        let state = standing?.state.label(language) ?? task.status.label(language)
        return [
          task.id, task.level.label(language), state, teamName(task.team),
          roster.villageName(task.village), task.text, personName(task.assignee),
          task.due.description, task.list.label(language), personName(task.responsible),
          task.currentWeek.description, standing?.note ?? task.result ?? "",
        ]
      }, tableColumnCount: 8)
  }

  public func taskHistoryListing(_ task: TeamTask, language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "Date", zh: "日期"), .init(en: "Action", zh: "事项"), .init(en: "Week", zh: "周次"),
        .init(en: "By", zh: "登记人"), .init(en: "Note", zh: "说明"),
      ],
      rows: task.history.map {
        [
          $0.date.description, $0.action.label(language), $0.week?.description ?? "", $0.by,
          $0.note ?? "",
        ]
      })
  }

  public func workListing(_ records: [TeamWork], roster: Roster, language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Team", zh: "服务团"),
        .init(en: "Kind", zh: "类别"), .init(en: "Village", zh: "村"),
        .init(en: "Where", zh: "对象"), .init(en: "By", zh: "人员"),
        .init(en: "Solved", zh: "解决", alignment: .right), .init(en: "Result", zh: "结果"),
        .init(en: "Task", zh: "任务"),
      ],
      rows: records.map { work in
        [
          work.id, work.date.description, teamName(work.team), work.kind.label(language),
          roster.villageName(work.village),
          work.household.map(roster.householdHead) ?? work.place ?? "",
          work.by.map(personName).joined(separator: language == .zh ? "、" : ", "),
          String(work.solved), work.result ?? "", work.task ?? "",
        ]
      })
  }
}
