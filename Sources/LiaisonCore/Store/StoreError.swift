import Foundation

/// What can go wrong with the data folder itself, as a clerk reads it.
public enum StoreError: LiaisonError {
  /// No folder with `liaison.json` was found.
  case noDataFolder(searchedFrom: String)
  /// `--data` or `LIAISON_DATA` names a folder without `liaison.json`.
  case notADataFolder(path: String)
  /// `--data` or `LIAISON_DATA` names a file (often one of the folder's own) instead of a folder.
  case fileNotFolder(path: String, folder: String)
  case alreadyInitialized(path: String)
  /// The folder holds liaison records but its manifest is gone: `init` would start empty.
  case manifestMissing(path: String)
  /// The folder was written by a newer liaison; it is left untouched.
  case newerFormat(path: String, found: Int, supported: Int)
  /// A file does not parse; it is never overwritten.
  case unreadable(path: String, line: Int?, detail: Localized)
  /// Another liaison command holds the folder for too long.
  case busy(path: String, seconds: Double)
  case io(path: String, operation: String, code: Int32)
  /// A data file is a FIFO, a device, a folder or a symbolic link (or `visits/`, `rules/` is
  /// not a real folder): it is neither read nor written, so that it cannot hang the command,
  /// feed it without end or lead outside the folder.
  case notRegularFile(path: String, kind: Localized)
  /// A record would make a line longer than any liaison reads back (`LineLimit`).
  case recordTooLong(path: String, id: String, bytes: Int)
  /// A roster or record file holds one id on several records: writing it would let an edit
  /// of one replace another.
  case duplicateIDs(path: String, ids: [String])
  /// The record of an interrupted change names something it may not touch; it is left in
  /// place, unfinished, for a person to look at.
  case journalRefused(path: String, detail: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .noDataFolder, .notADataFolder, .fileNotFolder: .noInput
    case .alreadyInitialized: .cannotCreate
    case .newerFormat, .unreadable, .manifestMissing, .notRegularFile, .recordTooLong,
      .duplicateIDs, .journalRefused:
      .dataError
    case .busy: .busy
    case .io: .ioError
    }
  }

  public var message: Localized {
    switch self {
    case .noDataFolder(let start):
      return Localized(
        en: "No liaison data folder in \(start) or above it. Pass --data DIR, set LIAISON_DATA, "
          + "or create one with 'liaison init --township NAME'.",
        zh: "在 \(start) 及其上级目录中找不到 liaison 数据文件夹。请用 --data 指定、设置 LIAISON_DATA，"
          + "或运行 'liaison init --township 乡镇名' 新建。")
    case .notADataFolder(let path):
      return Localized(
        en: "\(path) is not a liaison data folder (it has no liaison.json). "
          + "Check the path, or create one there with 'liaison init --township NAME --data \(path)'.",
        zh: "\(path) 不是 liaison 数据文件夹（没有 liaison.json）。请检查路径，"
          + "或用 'liaison init --township 乡镇名 --data \(path)' 在此新建。")
    case .fileNotFolder(let path, let folder):
      return Localized(
        en: "\(path) is a file, not a folder: --data and LIAISON_DATA name the data folder "
          + "itself, the one holding liaison.json (perhaps \(folder)), or for 'liaison init' "
          + "a folder to make. Nothing was changed.",
        zh: "\(path) 是文件而不是文件夹：--data 和 LIAISON_DATA 应指向数据文件夹本身，"
          + "即含有 liaison.json 的文件夹（也许是 \(folder)），'liaison init' 则应指向要新建的文件夹。未作任何改动。")
    case .alreadyInitialized(let path):
      return Localized(
        en: "\(path) is already a liaison data folder; nothing was changed.",
        zh: "\(path) 已经是 liaison 数据文件夹，未作任何改动。")
    case .manifestMissing(let path):
      return Localized(
        en: "\(path) holds liaison records but its liaison.json is missing. Restore liaison.json "
          + "from a backup (or copy it from another folder and set the township); do not run "
          + "'liaison init' there, which would start an empty roster. Nothing was changed.",
        zh: "\(path) 中有 liaison 数据，但缺少 liaison.json。请从备份恢复 liaison.json"
          + "（或从其他数据文件夹复制后改为本乡镇）；不要在此运行 'liaison init'，那会建立空的名册。未作任何改动。")
    case .newerFormat(let path, let found, let supported):
      return Localized(
        en: "\(path) was written by a newer liaison (format \(found); this one reads up to "
          + "\(supported)). Upgrade liaison; the folder was not touched.",
        zh: "\(path) 由更新版本的 liaison 写入（格式 \(found)，本版本最高支持 \(supported)）。"
          + "请升级 liaison；数据文件夹未被改动。")
    case .unreadable(let path, let line, let detail):
      let place = line.map { "\(path):\($0)" } ?? path
      return Localized(
        en: "\(place): \(detail.en). Fix the file by hand or restore it from a backup; "
          + "liaison will not overwrite a file it cannot read.",
        zh: "\(place)：\(detail.zh)。请手工修正该文件或从备份恢复；liaison 不会覆盖无法读取的文件。")
    case .busy(let path, let seconds):
      let shown = String(format: "%g", seconds)
      return Localized(
        en: "The data folder \(path) is busy: another liaison command has held it for "
          + "\(shown) s. Try again when it has finished.",
        zh: "数据文件夹 \(path) 正被另一个 liaison 命令占用（已等待 \(shown) 秒）。请待其完成后重试。")
    case .io(let path, let operation, let code):
      let reason = String(cString: strerror(code))
      if code == ENOSPC || code == EFBIG || code == EDQUOT {
        return Localized(
          en: "Cannot \(operation) \(path): the disk is full (\(reason)). Nothing was changed; "
            + "free some space and try again.",
          zh: "无法\(Self.chinese(operation)) \(path)：磁盘已满（\(reason)）。未作任何改动；请释放空间后重试。")
      }
      return Localized(
        en: "Cannot \(operation) \(path): \(reason). Nothing was changed; check the folder's "
          + "permissions and disk, then try again.",
        zh: "无法\(Self.chinese(operation)) \(path)：\(reason)。未作任何改动；请检查文件夹权限和磁盘后重试。")
    case .notRegularFile(let path, let kind):
      return Localized(
        en: "\(path) is \(kind.en), which liaison neither reads nor writes: a data folder "
          + "holds regular files and folders only, never links, pipes or devices. Put the real "
          + "file or folder back (from a backup) and run 'liaison check'. Nothing was changed.",
        zh: "\(path) 是\(kind.zh)，liaison 不读也不写：数据文件夹中只能有普通文件和文件夹，"
          + "不能有链接、管道或设备文件。请放回真正的文件或文件夹（可从备份恢复）后运行 'liaison check'。未作任何改动。")
    case .recordTooLong(let path, let id, let bytes):
      let size = String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
      return Localized(
        en: "\(id) would take \(size) in \(path); a record may take at most "
          + "\(LineLimit.described). Shorten its text. Nothing was changed.",
        zh: "\(id) 在 \(path) 中将占 \(size)；每条记录最多 \(LineLimit.described)。"
          + "请缩短其中的文字。未作任何改动。")
    case .duplicateIDs(let path, let ids):
      let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
      return Localized(
        en: "\(path) holds more than one record with the id \(shown); saving could replace one "
          + "with another, so nothing was written. Run 'liaison check' to see the lines, "
          + "give each record its own id by hand (or restore the file from a backup), then "
          + "try again.",
        zh: "\(path) 中编号 \(shown) 对应不止一条记录；保存可能以一条覆盖另一条，因此未写入任何内容。"
          + "请运行 'liaison check' 查看所在行，手工为每条记录改用不同编号（或从备份恢复该文件）后重试。")
    case .journalRefused(let path, let detail):
      return Localized(
        en: "\(path) (the record of an interrupted change) \(detail); it was not carried out "
          + "and is left in place. If nobody here made it, it came with the folder: remove "
          + "it, then run 'liaison check'. Nothing was changed.",
        zh: "\(path)（中断修改的记录）\(detail)；未予执行，原样保留。"
          + "如不是本机命令留下的，它随文件夹而来：请删除它，然后运行 'liaison check'。未作任何改动。")
    }
  }

  static func chinese(_ operation: String) -> String {
    switch operation {
    case "open": "打开"
    case "read": "读取"
    case "write": "写入"
    case "sync": "同步"
    case "rename": "重命名"
    case "remove": "删除"
    case "create": "创建"
    case "lock": "锁定"
    default: operation
    }
  }
}
