import LiaisonCore

/// `liaison init`: creates a data folder.
enum InitCommand {
  static let command: Command = Command(
    "init", en: "Create a data folder for a township.", zh: "为乡镇新建数据文件夹。",
    discussion: Localized(
      en: "Creates the folder given by --data (or uses the current folder). Its files are "
        + "private to you (mode 0600): they hold residents' phones and circumstances.",
      zh: "在 --data 指定的位置（或当前文件夹）建立数据文件夹。文件仅本人可读写（0600），"
        + "因其中含有群众电话和家庭情况。"),
    options: [
      .value("township", "name", en: "The township's name.", zh: "乡镇名称。", required: true),
      .value("code", "code", en: "The township's statistical code.", zh: "乡镇统计区划代码。"),
      .value(
        "time-zone", "zone",
        en: "The township's time zone, which \"today\" follows (default: Asia/Shanghai).",
        zh: "乡镇所在时区，“今天”以此为准（默认 Asia/Shanghai）。"),
    ],
    run: { context in
      let path = DataFolderPath.forInit(context)
      try LiaisonStore.create(
        at: path, township: context.value("township") ?? "", code: context.value("code"),
        timeZone: context.value("time-zone"), clock: context.clock, fileSystem: context.fileSystem)
      context.say(
        Localized(
          en: "Created the data folder \(path) for \(context.value("township") ?? "").",
          zh: "已为 \(context.value("township") ?? "") 建立数据文件夹 \(path)。"))
    })
}

/// Where `init` creates the folder: `--data`, else `LIAISON_DATA`, else here.
enum DataFolderPath {
  static func forInit(_ context: CommandContext) -> String {
    let chosen =
      context.parsed.globals["data"] ?? context.environment["LIAISON_DATA"]
      ?? context.currentDirectory
    return context.absolute(chosen)
  }
}
