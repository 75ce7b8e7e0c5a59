import LiaisonCore

/// `liaison backup [--to DIR]`: a consistent copy of the data folder.
enum BackupCommand {
  static let command: Command = Command(
    "backup", aliases: ["备份"], en: "Copy the data folder into a timestamped backup.",
    zh: "将数据文件夹复制为带时间戳的备份。",
    discussion: Localized(
      en: "The copy is taken while no command can change the folder, and is itself a data "
        + "folder: 'liaison --data BACKUP member list' reads it. To restore, copy its files "
        + "back over the data folder's.",
      zh: "复制期间其他命令不能修改数据；备份本身就是一个数据文件夹，可用 "
        + "'liaison --data 备份路径 member list' 查看。恢复时将其文件复制回数据文件夹即可。"),
    options: [
      .value(
        "to", "dir",
        en: "The folder to put it in, outside the data folder (default: its backups/).",
        zh: "存放备份的文件夹，须在数据文件夹之外（默认数据文件夹内的 backups/）。")
    ],
    run: { context in
      let store = try context.store()
      // Outside the data folder, or in its own backups/: never among its files.
      let parent = try context.value("to").map {
        try OutputFile.makeFolder(
          $0, absolute: context.absolute($0), fileSystem: context.fileSystem,
          ownBackups: store.folder)
      }
      let path = try Backup.make(store, into: parent, clock: context.clock)
      context.output(path + "\n")
      context.say(Localized(en: "Backed up to \(path).", zh: "已备份到 \(path)。"))
    })
}
