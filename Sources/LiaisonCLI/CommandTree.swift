import LiaisonCore

/// The whole command tree: `liaison <noun> <verb>`.
enum CommandTree {
  static let globalOptions: [OptionSpec] = [
    .value(
      "data", "dir",
      en: "The data folder (default: LIAISON_DATA, else the nearest folder "
        + "upwards holding liaison.json).",
      zh: "数据文件夹（默认取 LIAISON_DATA，否则向上查找含 liaison.json 的文件夹）。"),
    .value(
      "lang", "lang", en: "Language of output: zh or en (default: LIAISON_LANG, else LANG).",
      zh: "输出语言：zh 或 en（默认取 LIAISON_LANG，否则按 LANG）。", choices: ["zh", "en"]),
  ]

  static let root: Command = Command(
    "liaison", en: "Keep the records of Party members' household liaison (党员联户).",
    zh: "党员联户工作记录：村、网格、党员、联系户与走访。",
    discussion: Localized(
      en: "Start with 'liaison init --township NAME', then add villages, grids, members and "
        + "households, link members to households, and record visits.",
      zh: "先运行 'liaison init --township 乡镇名' 建立数据文件夹，再依次添加村、网格、党员和农户，"
        + "建立联户关系并登记走访。"),
    children: [
      InitCommand.command, VillageCommands.command, GridCommands.command,
      MemberCommands.command, HouseholdCommands.command, LinkCommands.command,
      VisitCommands.command, NeedCommands.command, TeamCommands.command, ActivityCommands.command,
      CommitmentCommands.command, AppraisalCommands.command, ScoreCommands.command,
      RulesCommands.command, InspectionCommands.command, WorkReportCommands.command,
      IndexCommands.command, ReserveCommands.command, ReportCommands.command,
      ImportCommand.command,
      ExportCommand.command,
      CheckCommand.command, BackupCommand.command,
      CompletionCommand.command,
    ])
}
