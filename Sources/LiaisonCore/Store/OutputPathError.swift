import Foundation

/// Why a file or folder a clerk asked liaison to write (`-o`, `export --out`,
/// `import --rejected`, `backup --to`) was refused or could not be written.
public enum OutputPathError: LiaisonError {
  /// The path is inside a data folder, whose files only the store itself writes.
  case insideDataFolder(path: String, folder: String)
  /// Something other than a regular file stands there (a folder, a device, a FIFO, a
  /// symbolic link): it is never replaced or written through.
  case notRegularFile(path: String, kind: Localized)
  /// A backup (a folder of files) was asked for in place of an existing file.
  case notAFolder(path: String)
  /// The folder it would go in is missing, or the write failed.
  case cannotWrite(path: String, code: Int32)

  public var exitStatus: ExitStatus {
    if case .cannotWrite(_, let code) = self, code == ENOSPC || code == EFBIG || code == EDQUOT {
      return .ioError
    }
    return .cannotCreate
  }

  public var message: Localized {
    switch self {
    case .insideDataFolder(let path, let folder):
      return Localized(
        en: "Cannot write \(path): it is inside the data folder \(folder), whose files only "
          + "liaison's own saving may change. Write it somewhere else (your documents folder, "
          + "a USB stick). Nothing was written.",
        zh: "无法写入 \(path)：它位于数据文件夹 \(folder) 之内，那里的文件只能由 liaison 自己保存时修改。"
          + "请写到别处（如文档文件夹或 U 盘）。未写入任何内容。")
    case .notRegularFile(let path, let kind):
      return Localized(
        en: "Cannot write \(path): it is \(kind.en), not a regular file, and liaison never "
          + "replaces or writes through one. Give the path of an ordinary file (for a "
          + "symbolic link, the path it points to). Nothing was written.",
        zh: "无法写入 \(path)：它是\(kind.zh)，不是普通文件，liaison 不会替换它或经由它写入。"
          + "请给出普通文件的路径（符号链接请给出其指向的路径）。未写入任何内容。")
    case .notAFolder(let path):
      return Localized(
        en: "Cannot back up into \(path): it is a file, and --to takes a folder to put the "
          + "backup in. Give a folder (it is made if missing). Nothing was written.",
        zh: "无法备份到 \(path)：它是一个文件，而 --to 需要存放备份的文件夹。请给出文件夹（不存在时会新建）。未写入任何内容。")
    case .cannotWrite(let path, let code):
      let reason = String(cString: strerror(code))
      return Localized(
        en: "Cannot write \(path): \(reason). Check that its folder exists and is writable "
          + "and that the disk has room, then try again; the file is as it was (or, if the "
          + "failure came last, whole with the new contents), never a part.",
        zh: "无法写入 \(path)：\(reason)。请检查其所在文件夹是否存在、可写以及磁盘空间后重试；"
          + "该文件保持原样（若失败发生在最后一步，则已完整写入新内容），不会只写一部分。")
    }
  }
}
