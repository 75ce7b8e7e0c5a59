import Foundation

/// Mends what can be mended without a person's judgement: an interrupted change is
/// finished, stray temporary files go, a torn last log line (never acknowledged) is cut
/// off, and sequence files are brought ahead of the numbers in use. Nothing else is
/// touched; what remains is for `liaison check` to report.
public enum FolderRepair {
  /// Repairs under the exclusive lock.
  /// - Returns: one sentence per thing done; empty when nothing needed doing.
  public static func run(_ store: LiaisonStore) throws -> [Localized] {
    let lock = try FolderLock(folder: store.folder, mode: .exclusive, timeout: store.lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    try store.folder.refuseForeignFolders()
    let writer = DurableWriter(folder: store.folder, fileSystem: store.fileSystem)
    var done = try writer.recover()
    let log = VisitLog(folder: store.folder, writer: writer)
    let months = try log.months()
    for month in months {
      let name = DataFolder.visitLog(month)
      let addedNewline: Bool
      let cut: Data?
      do {
        (addedNewline, cut) = try writer.mendLastLine(name) { tail in
          DurableWriter.isWholeJSON(tail)
        }
      } catch StoreError.unreadable {
        // A tail longer than any line liaison writes is not a torn line: `check` reports it.
        continue
      }
      if let cut {
        let text = String(decoding: cut.prefix(300), as: UTF8.self)
        done.append(
          Localized(
            en: "\(name): cut off an incomplete last line: \(text)",
            zh: "\(name)：删除了不完整的最后一行：\(text)"))
      }
      if addedNewline {
        done.append(
          Localized(en: "\(name): ended the last line with a newline", zh: "\(name)：为最后一行补上换行符"))
      }
    }
    for month in months {
      if let sentence = try mendSequence(month, log: log, writer: writer) { done.append(sentence) }
    }
    return done + (try removeCutOffBackups(store.folder))
  }

  /// Removes `.partial-*` folders a crash left in the backup folders: residents' data in no
  /// usable backup.
  private static func removeCutOffBackups(_ folder: DataFolder) throws -> [Localized] {
    var done: [Localized] = []
    for parent in [
      Backup.defaultFolderName, Backup.automaticFolderName, FormatUpgrade.backupFolderName,
    ] {
      for name in try FileReader.names(in: folder.file(parent)).sorted()
      where name.hasPrefix(".partial-") {
        let path = parent + "/" + name
        do {
          try FileManager.default.removeItem(atPath: folder.file(path))
        } catch {
          throw StoreError.io(path: folder.file(path), operation: "remove", code: EACCES)
        }
        done.append(
          Localized(
            en: "\(path): removed a backup cut off before it was finished",
            zh: "\(path)：删除了未完成的备份"))
      }
    }
    return done
  }

  /// Rewrites a month's sequence file when it is unreadable or behind the logs. A missing
  /// one is fine: `visit add` rebuilds it from the logs.
  private static func mendSequence(
    _ month: YearMonth, log: VisitLog, writer: DurableWriter
  ) throws
    -> Localized?
  {
    let name = DataFolder.visitSequence(month)
    guard let data = try FileReader.contents(log.folder.file(name)) else { return nil }
    let stored = try? JSONDecoder().decode([String: Int].self, from: data)
    // A log that does not parse is for a person to fix; its numbers cannot be trusted.
    guard let inUse = try? log.numbersInUse(month) else { return nil }
    var merged = stored ?? [:]
    for (day, next) in inUse where (merged[day] ?? 1) < next {
      merged[day] = next
    }
    guard merged != stored else { return nil }
    try writer.replace(name, with: try log.encode(merged))
    return Localized(
      en: "\(name): brought the visit numbers ahead of those in use",
      zh: "\(name)：已使走访编号序列领先于已用编号")
  }
}
