import Foundation

/// Checking values a hand edit can get wrong that every command refuses on input: sizes
/// out of bounds, dates outside the calendar a record can fall on, phones that are not
/// phones, empty names, logs no command reads, and backups cut off by a crash. (A visit's
/// values are checked as its log is read: `FolderCheck+Visits`.)
extension FolderCheck {
  mutating func checkValues() {
    for member in roster.members {
      let at = line(of: member.id, in: RosterFiles.members)
      if member.name.trimmedSpaces.isEmpty {
        report(RosterFiles.members, line: at, en: "\(member.id): no name", zh: "\(member.id)：姓名为空")
      }
      if Phone(parsing: member.phone) == nil {
        report(
          RosterFiles.members, line: at, en: "\(member.id): phone '\(member.phone)' is not a phone",
          zh: "\(member.id)：电话“\(member.phone)”不是有效号码")
      }
      checkRecordable(member.since, of: member.id, in: RosterFiles.members, at: at)
      checkRecordable(member.left, of: member.id, in: RosterFiles.members, at: at)
    }
    for household in roster.households {
      let at = line(of: household.id, in: RosterFiles.households)
      if household.head.trimmedSpaces.isEmpty {
        report(
          RosterFiles.households, line: at, en: "\(household.id): no head of household",
          zh: "\(household.id)：户主姓名为空")
      }
      if let size = household.size, !(1...99).contains(size) {
        report(
          RosterFiles.households, line: at, en: "\(household.id): size \(size) is not 1 to 99",
          zh: "\(household.id)：家庭人口 \(size) 不在 1 到 99 之间")
      }
      checkRecordable(household.since, of: household.id, in: RosterFiles.households, at: at)
    }
    checkStrayLogs()
    checkCutOffBackups()
  }

  private mutating func checkRecordable(_ day: Day?, of id: String, in file: String, at line: Int?)
  {
    guard let day, !Day.recordable.contains(day) else { return }
    report(
      file, line: line, en: "\(id): \(day) is outside 1900–2099",
      zh: "\(id)：日期 \(day) 不在 1900–2099 年之间")
  }

  /// A `.jsonl` in visits/ that is not named for a month no command reads: its visits
  /// would be silently left out of every report.
  private mutating func checkStrayLogs() {
    let names = (try? FileReader.names(in: folder.visitsFolder)) ?? []
    for name in names.sorted() where name.hasSuffix(".jsonl") && !name.contains(".tmp-") {
      let month = name.count == 13 ? YearMonth(parsing: String(name.prefix(7))) : nil
      guard month.map({ DataFolder.visitLog($0) != "visits/" + name }) ?? true else { continue }
      report(
        "visits/" + name,
        en: "not named for a month (YYYY-MM.jsonl), so no report reads its visits; move them "
          + "into the right month's log",
        zh: "文件名不是月份（YYYY-MM.jsonl），其中的走访不会计入任何报表；请移入对应月份的日志")
    }
  }

  /// `.partial-*` folders in backups/: a backup cut off by a crash, holding residents' data
  /// that is no backup at all. `check --repair` removes them.
  private mutating func checkCutOffBackups() {
    for parent in [
      Backup.defaultFolderName, Backup.automaticFolderName, FormatUpgrade.backupFolderName,
    ] {
      let names = (try? FileReader.names(in: folder.file(parent))) ?? []
      for name in names.sorted() where name.hasPrefix(".partial-") {
        report(
          parent + "/" + name, repairable: true,
          en: "a backup cut off before it was finished (not a backup); repair removes it",
          zh: "未完成的备份（被中断，不能作为备份使用）；修复时将删除")
      }
    }
  }
}
