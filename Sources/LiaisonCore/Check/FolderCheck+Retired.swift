import Foundation

/// Checking `retired.json`: it reads, and no record holds an id that was retired — which
/// would mean an id given twice, the very thing retiring ids prevents.
extension FolderCheck {
  mutating func checkRetiredIDs() {
    let name = DataFolder.retiredName
    let retired: RetiredIDs
    do {
      guard let data = try FileReader.contents(folder.file(name)) else { return }
      retired = try JSONDecoder().decode(RetiredIDs.self, from: data)
    } catch {
      report(
        name, en: "does not read (\(RecordCodec.describe(error))); restore it from a backup",
        zh: "无法读取（\(RecordCodec.describe(error))），请从备份恢复")
      return
    }
    let files: [(RecordKind, String, [String])] = [
      (.village, RosterFiles.villages, roster.villages.map(\.id)),
      (.grid, RosterFiles.grids, roster.grids.map(\.id)),
      (.member, RosterFiles.members, roster.members.map(\.id)),
      (.household, RosterFiles.households, roster.households.map(\.id)),
      (.link, RosterFiles.links, roster.links.map(\.id)),
    ]
    for (kind, file, ids) in files {
      let gone = Set(retired.ids(kind))
      for id in ids where gone.contains(id) {
        report(
          file, line: line(of: id, in: file),
          en: "\(id) was retired when a record was removed as a mistake, and is in use again",
          zh: "编号 \(id) 已在删除误录记录时停用，却又被使用")
      }
    }
  }
}
