import Foundation

/// Reads every file of a data folder and lists what is wrong with it, changing nothing.
///
/// Unlike ordinary commands it does not finish an interrupted change on the way in: it
/// reports it, so that the clerk sees what happened; `FolderRepair` mends it.
public struct FolderCheck {
  let folder: DataFolder
  var problems: [CheckProblem] = []
  /// What is not wrong with the files but a clerk should see to (a grid with no leader);
  /// it does not make `check` fail.
  var warnings: [CheckProblem] = []
  /// Records found, with the line each stands on, for the cross-file checks.
  var roster = Roster()
  var lines: [String: [String: Int]] = [:]
  /// What is kept of the visit logs (`VisitLogTally`), read after the roster.
  var tally = VisitLogTally()
  /// The day after which a visit is in the future.
  var today: Day?
  /// The roster's member and household ids, which each visit must name.
  var memberIDs: Set<String> = []
  var householdIDs: Set<String> = []
  /// Roster files that did not load: references into them are not reported again, record
  /// by record, on top of the one problem that says why.
  var unreadable: Set<String> = []
  /// References into those files, counted by file: told as a number beside that problem,
  /// not as a line each that would read like as many lost records.
  var uncheckedReferences: [String: Int] = [:]

  /// Checks the folder under the shared lock.
  /// - Returns: the problems, in file order; empty when all is well.
  /// - Parameter today: visits after it are reported as in the future (none when nil).
  public static func run(_ store: LiaisonStore, today: Day? = nil) throws -> [CheckProblem] {
    try inspect(store, today: today).problems
  }

  /// Checks the folder under the shared lock.
  /// - Returns: the problems, in file order, and the warnings: things to see to that are
  ///   not wrong with the files.
  public static func inspect(
    _ store: LiaisonStore, today: Day? = nil
  ) throws -> (problems: [CheckProblem], warnings: [CheckProblem]) {
    let lock = try FolderLock(folder: store.folder, mode: .shared, timeout: store.lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    var check = FolderCheck(folder: store.folder)
    check.today = today
    check.checkManifest()
    check.checkInterruptedChanges(DurableWriter(folder: store.folder, fileSystem: store.fileSystem))
    check.loadRoster()
    check.memberIDs = Set(check.roster.members.map(\.id))
    check.householdIDs = Set(check.roster.households.map(\.id))
    check.loadVisitLogs()
    check.checkRosterReferences()
    check.checkLinks()
    check.checkHistories()
    check.checkRetiredIDs()
    check.checkValues()
    check.checkForms()
    check.checkGrids()
    check.checkNeeds()
    check.checkNeedDeadlines()
    check.checkTeams()
    check.checkScoreRecords()
    check.checkSupervision()
    check.countUncheckedReferences()
    return (check.problems, check.warnings)
  }

  /// Whether a reference into roster file `file` can be checked: not when the file did not
  /// load, and then the reference is counted instead.
  mutating func canCheck(referenceInto file: String) -> Bool {
    guard unreadable.contains(file) else { return true }
    uncheckedReferences[file, default: 0] += 1
    return false
  }

  /// Adds to each unreadable file's problem how many references could not be checked.
  private mutating func countUncheckedReferences() {
    for (file, count) in uncheckedReferences {
      guard let index = problems.firstIndex(where: { $0.file == file }) else { continue }
      problems[index].message =
        problems[index].message
        + Localized(
          en: ", and \(count) reference(s) that depend on it cannot be checked",
          zh: "，另有 \(count) 处引用因此无法核对")
    }
  }

  mutating func report(
    _ file: String, line: Int? = nil, repairable: Bool = false, en: String, zh: String
  ) {
    problems.append(problem(file, line: line, repairable: repairable, en: en, zh: zh))
  }

  func problem(
    _ file: String, line: Int? = nil, repairable: Bool = false, en: String, zh: String
  ) -> CheckProblem {
    CheckProblem(file: file, line: line, message: Localized(en: en, zh: zh), repairable: repairable)
  }

  private mutating func checkManifest() {
    let name = DataFolder.manifestName
    do {
      guard let data = try FileReader.contents(folder.manifest) else {
        return report(name, en: "missing; restore it from a backup", zh: "文件缺失，请从备份恢复")
      }
      _ = try Manifest.decode(data, path: name)
    } catch let error as LiaisonError {
      problems.append(CheckProblem(file: name, message: error.message))
    } catch {
      report(name, en: "\(error)", zh: "\(error)")
    }
  }

  private mutating func checkInterruptedChanges(_ writer: DurableWriter) {
    if writer.hasInterruptedChange {
      do {
        _ = try writer.interruptedChange()
        report(
          DataFolder.journalName, repairable: true,
          en: "a change to several files was interrupted and is not finished yet",
          zh: "一次涉及多个文件的修改被中断，尚未完成")
      } catch let error as LiaisonError {
        // Not carried out by --repair either: it is for a person to look at.
        problems.append(CheckProblem(file: DataFolder.journalName, message: error.message))
      } catch {
        report(DataFolder.journalName, en: "\(error)", zh: "\(error)")
      }
    }
    for stray in writer.strayStagedFiles() where !writer.hasInterruptedChange {
      report(
        stray, repairable: true, en: "a temporary file left by an interrupted write",
        zh: "写入中断留下的临时文件")
    }
  }

  private mutating func loadRoster() {
    roster.villages = loadPlain(RosterFiles.villages)
    roster.grids = loadPlain(RosterFiles.grids)
    roster.members = loadPlain(RosterFiles.members)
    roster.households = loadPlain(RosterFiles.households)
    roster.links = loadPlain(RosterFiles.links)
  }

  /// Decodes a roster file, noting each record's line and any repeated id.
  mutating func load<T: Decodable & Identifiable>(_ name: String) -> [T]
  where T.ID == String {
    load(name) { try RecordCodec.decodeRoster(T.self, from: $0, path: name) }
  }

  /// The same for records with a fast way in, read as every other command reads them (the
  /// plain layout fast, anything else by `decodeRoster`, with its messages).
  mutating func loadPlain<T: PlainRecord & Identifiable>(_ name: String) -> [T]
  where T.ID == String {
    load(name) { try RecordCodec.decodePlainRoster(T.self, from: $0, path: name) }
  }

  private mutating func load<T: Identifiable>(
    _ name: String, decode: (Data) throws -> [T]
  ) -> [T] where T.ID == String {
    let path = folder.file(name)
    do {
      guard let data = try FileReader.contents(path) else {
        unreadable.insert(name)
        report(name, en: "missing; restore it from a backup", zh: "文件缺失，请从备份恢复")
        return []
      }
      let records = try decode(data)
      let recordLines = Self.recordLines(data, count: records.count)
      var seen: [String: Int] = [:]
      for (index, record) in records.enumerated() {
        let line = recordLines?[index]
        if let first = seen[record.id] {
          report(
            name, line: line, en: "id \(record.id) is used again (first on line \(first))",
            zh: "编号 \(record.id) 重复（首次出现在第 \(first) 行）")
        } else {
          seen[record.id] = line ?? 0
        }
      }
      lines[name] = seen
      return records
    } catch let error as StoreError {
      unreadable.insert(name)
      if case .unreadable(_, let line, let detail) = error {
        report(name, line: line, en: detail.en, zh: detail.zh)
      } else {
        problems.append(CheckProblem(file: name, message: error.message))
      }
      return []
    } catch {
      unreadable.insert(name)
      report(name, en: "\(error)", zh: "\(error)")
      return []
    }
  }

  /// The line of each record in a file of one record per line, or nil for another layout.
  static func recordLines(_ data: Data, count: Int) -> [Int]? {
    data.withUnsafeBytes { bytes -> [Int]? in
      var found: [Int] = []
      found.reserveCapacity(count)
      var lineNumber = 0
      var start = 0
      // Every line, the empty one after a last newline too, as `split` would give them.
      while start <= bytes.count {
        let end = PlainLines.newline(in: bytes, from: start) ?? bytes.count
        lineNumber += 1
        if bytes[start..<end].first(where: { $0 != 32 && $0 != 9 }) == UInt8(ascii: "{") {
          found.append(lineNumber)
        }
        start = end + 1
      }
      return found.count == count ? found : nil
    }
  }

  /// The line a record of `file` stands on, when known.
  func line(of id: String?, in file: String) -> Int? {
    id.flatMap { lines[file]?[$0] }.flatMap { $0 == 0 ? nil : $0 }
  }
}
