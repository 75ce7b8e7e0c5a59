import Foundation
import LiaisonCore

/// `liaison team person add|list|edit`: the people who serve on teams, with their own
/// record (most are township cadres, not on a village's Party roster).
enum TeamPersonCommands {
  static let fields: [OptionSpec] = [
    .value("phone", "phone", en: "Phone.", zh: "电话。"),
    .value("unit", "unit", en: "Where they work (镇农业办 …).", zh: "工作单位（如镇农业办）。"),
    .value(
      "role", "role",
      en: "Their usual role on a team: leader, instructor, liaison, police, lawyer, finance, "
        + "entrepreneur, retired-cadre, deputy, member, the Chinese names, or the township's "
        + "own word (default: member).",
      zh: "通常担任的角色：团长、部门指导员、驻村联络员、民警治安员、律师调解员、金融帮扶员、致富能手、老干部、"
        + "两代表一委员、团员，或乡镇自定的称呼（默认团员）。"),
    .value(
      "member", "member", en: "The roster member they are, if they are one.",
      zh: "如本人是花名册中的党员，给出该党员。"),
    .value("note", "text", en: "A note.", zh: "备注。"),
  ]

  static let command = Command(
    "person", aliases: ["人员", "people"], en: "The people who serve on teams.", zh: "组团人员。",
    children: [add, list, edit, importCommand])

  static let add = Command(
    "add", en: "Add a team person.", zh: "添加组团人员。",
    options: [.value("name", "name", en: "Name.", zh: "姓名。", required: true)] + fields,
    run: { context in
      let person = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.addPerson(
            name: context.value("name") ?? "", phone: context.value("phone"),
            unit: context.value("unit"), role: context.value("role") ?? "member",
            member: context.value("member"), note: context.value("note"), roster: roster)
        }
      }
      context.reportAdded(
        person.id,
        Localized(
          en: "Added \(person.name) (\(person.id)).", zh: "已添加 \(person.name)（\(person.id)）。"))
    })

  static let list = Command(
    "list", en: "List team people.", zh: "列出组团人员。", options: [.format],
    run: { context in
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      try context.emit(
        records.people,
        records.personListing(records.people, roster: roster, language: context.language))
    })

  static let edit = Command(
    "edit", en: "Change a team person's fields (an empty value clears one).",
    zh: "修改组团人员信息（给空值可清除）。",
    arguments: [
      .reference("person", en: "The person (id, name or phone).", zh: "人员（编号、姓名或电话）。")
    ],
    options: [.value("name", "name", en: "Name.", zh: "姓名。")] + fields,
    run: { context in
      let person = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.editPerson(
            context.argument, name: context.value("name"), phone: context.value("phone"),
            unit: context.value("unit"), role: context.value("role"),
            member: context.value("member"), note: context.value("note"), roster: roster)
        }
      }
      context.say(
        Localized(
          en: "Changed \(person.name) (\(person.id)).", zh: "已修改 \(person.name)（\(person.id)）。"))
    })

  static let importCommand = Command(
    "import", en: "Add the team people of a CSV (Excel or WPS), all rows or none.",
    zh: "从 CSV（Excel 或 WPS 导出）导入组团人员，全部成功或全部不导入。",
    discussion: Localized(
      en: "Headings: 姓名 (required), 电话, 单位, 角色, 党员, 备注 — or name, phone, unit, role, "
        + "member, note. UTF-8 or GB18030; a bad row is named by its line and nothing is added.",
      zh: "表头：姓名（必填）、电话、单位、角色、党员、备注（或英文 name、phone、unit、role、member、note）。"
        + "支持 UTF-8 与 GB18030；任一行有误时指出行号，且不导入任何一行。"),
    arguments: [.reference("file", en: "The CSV file.", zh: "CSV 文件。")],
    run: { context in
      let data = try InputFile.read(context.absolute(context.argument), shown: context.argument)
      let added = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.importPeople(data, source: context.argument, roster: roster)
        }
      }
      context.say(
        Localized(en: "Added \(added.count) team people.", zh: "已导入 \(added.count) 名组团人员。"))
    })
}
