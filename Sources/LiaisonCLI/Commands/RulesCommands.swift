import Foundation
import LiaisonCore

/// `liaison rules init|check|show`: the scoring rules as data.
enum RulesCommands {
  static let command = Command(
    "rules", aliases: ["积分办法"], en: "Scoring rules: rules/scoring.json and village overrides.",
    zh: "积分办法：rules/scoring.json，各村可另定。",
    discussion: Localized(
      en: "A village file sets any top-level field of the township's rules; each field it sets "
        + "replaces the township's whole field. See the README, section 'Scoring'.",
      zh: "村的文件可设置乡镇办法中的任意顶层字段；所设字段整体替换乡镇的同名字段。详见 README“积分”一节。"),
    children: [initCommand, checkCommand, showCommand])

  static let initCommand = Command(
    "init", en: "Write the default rules to rules/scoring.json.",
    zh: "将默认积分办法写入 rules/scoring.json。",
    options: [
      .flag("force", en: "Replace rules/scoring.json if it exists.", zh: "如已存在则覆盖。")
    ],
    run: { context in
      try context.store().writing {
        try $0.writeDefaultScoringRules(replace: context.flag("force"))
      }
      context.say(
        Localized(
          en: "Wrote \(ScoringRules.fileName); edit it, then 'liaison rules check'.",
          zh: "已写入 \(ScoringRules.fileName)；修改后请运行 'liaison rules check'。"))
    })

  static let checkCommand = Command(
    "check", en: "Check a rules file, naming the path of any bad field.",
    zh: "检查积分办法文件，指出有误字段的位置。",
    arguments: [
      ArgumentSpec(
        name: "file",
        help: Localized(
          en: "A rules file (default: the folder's own). A file named after a village id "
            + "(C001.json) is checked as that village's override.",
          zh: "积分办法文件（默认检查数据文件夹中的全部）。以村编号命名的文件（如 C001.json）按该村的补充办法检查。"),
        isOptional: true)
    ],
    run: { context in
      guard let file = context.parsed.arguments.first else {
        let checked = try context.store().reading { try $0.checkScoringRules() }
        context.say(
          checked.isEmpty
            ? Localized(
              en:
                "No rules/scoring.json: the default rules apply ('liaison rules init' writes them).",
              zh: "没有 rules/scoring.json，使用默认办法（'liaison rules init' 可写出）。")
            : Localized(
              en: "The rules read well: \(checked.joined(separator: ", ")).",
              zh: "积分办法无误：\(checked.joined(separator: "、"))。"))
        return
      }
      let path = context.absolute(file)
      let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
      let store = try? context.store()
      if let store, try store.reading({ try $0.isVillageID(name) }) {
        _ = try store.reading { try $0.checkVillageRules(file: path, shownAs: file) }
      } else {
        _ = try ScoringRules.read(file: path, shownAs: file)
      }
      context.say(Localized(en: "\(file) reads well.", zh: "\(file) 无误。"))
    })

  static let showCommand = Command(
    "show", en: "Print the rules in force, as JSON.", zh: "以 JSON 显示现行积分办法。",
    options: [
      .value("village", "village", en: "The rules of this village.", zh: "显示此村的积分办法。"),
      .output,
    ],
    run: { context in
      let rules = try context.store().reading { session in
        let rulebook = try session.scoringRulebook()
        guard let village = context.value("village") else { return rulebook.township }
        return rulebook.rules(for: try session.roster().village(village).id)
      }
      context.output(try JSONOutput.encode(rules))
    })
}
