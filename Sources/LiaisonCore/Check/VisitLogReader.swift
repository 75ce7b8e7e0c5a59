import Foundation

/// Reads one month's visit log for `check`, line by line in bounded memory, and finds what
/// is wrong with each line on its own: what needs the other months (an id used before) is
/// left to `FolderCheck`, which goes through the logs' `sightings` in order. Two logs are
/// read side by side, one on each core.
struct VisitLogReader: Sendable {
  let folder: DataFolder
  /// The roster's member and household ids, which each visit must name.
  let memberIDs: Set<String>
  let householdIDs: Set<String>
  /// Roster files that did not load: a reference into one is counted, not reported.
  let unreadable: Set<String>
  /// The day after which a visit is in the future.
  let today: Day?

  /// What reading one log found.
  struct Reading: Sendable {
    /// The log's problems, in line order, without the repeated ids.
    var problems: [CheckProblem] = []
    /// Each visit's id in line order, with its line and how many of `problems` come before
    /// its own: a repeated id is told first among that line's problems.
    var sightings: [Sighting] = []
    /// The highest visit number its ids use on each day.
    var highestNumbers: [Day: Int] = [:]
    /// References into unreadable roster files, by file (see `FolderCheck.canCheck`).
    var uncheckedReferences: [String: Int] = [:]
  }

  struct Sighting: Sendable {
    let id: String
    /// `VisitLogTally.key` of the id, nil when `Visit.parseID` does not read it.
    let key: VisitLogTally.Key?
    let line: Int
    let problemsBefore: Int
  }

  /// Reads the log `name`: a line past `LineLimit` (a sparse or damaged file) is reported
  /// and ends the reading of that log.
  func read(_ month: YearMonth) -> Reading {
    let name = DataFolder.visitLog(month)
    let decoder = JSONDecoder()
    var lineNumber = 0
    var reading = Reading()
    var scratch = PlainJSONObject()
    func problem(_ en: String, _ zh: String, repairable: Bool = false) {
      reading.problems.append(
        CheckProblem(
          file: name, line: lineNumber, message: Localized(en: en, zh: zh), repairable: repairable))
    }
    do {
      _ = try FileReader.lines(folder.file(name)) { line, complete in
        lineNumber += 1
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return true }
        // The plain shape first, as every reader takes it; anything else goes to the
        // decoder, which accepts or refuses it with its message.
        let fast = Visit.plain(line, using: &scratch)
        let bytes = fast == nil ? Data(line) : Data()
        do {
          let visit = try fast ?? decoder.decode(Visit.self, from: bytes)
          note(visit.id, line: lineNumber, into: &reading)
          check(visit, in: month, line: lineNumber, into: &reading)
          if !complete {
            problem("the last line lacks its newline", "最后一行缺少换行符", repairable: true)
          }
        } catch {
          if !complete, !DurableWriter.isWholeJSON(bytes) {
            problem(
              "incomplete last line (a write cut off by a crash, never reported as saved)",
              "最后一行不完整（写入时被中断，从未报告保存成功）", repairable: true)
          } else {
            let detail = RecordCodec.describe(error)
            problem(detail.en, detail.zh)
          }
        }
        return true
      }
    } catch let error as StoreError {
      if case .unreadable(_, let line, let detail) = error {
        reading.problems.append(CheckProblem(file: name, line: line, message: detail))
      } else {
        reading.problems.append(CheckProblem(file: name, message: error.message))
      }
    } catch {
      reading.problems.append(
        CheckProblem(file: name, message: Localized(en: "cannot be read", zh: "无法读取")))
    }
    return reading
  }

  /// Notes where a visit's id stands, and the highest number used on its day.
  private func note(_ id: String, line: Int, into reading: inout Reading) {
    let parsed = Visit.parseID(id)
    if let (day, number) = parsed {
      reading.highestNumbers[day] = max(reading.highestNumbers[day] ?? 0, number)
    }
    reading.sightings.append(
      Sighting(
        id: id, key: parsed.map(VisitLogTally.key), line: line,
        problemsBefore: reading.problems.count))
  }

  /// One visit's own problems: a member or household not on the roster, a date that belongs
  /// in another month's log, values out of bounds.
  private func check(
    _ visit: Visit, in month: YearMonth, line: Int, into reading: inout Reading
  ) {
    func add(_ en: String, _ zh: String) {
      reading.problems.append(
        CheckProblem(
          file: DataFolder.visitLog(month), line: line, message: Localized(en: en, zh: zh)))
    }
    func canCheck(referenceInto roster: String) -> Bool {
      guard unreadable.contains(roster) else { return true }
      reading.uncheckedReferences[roster, default: 0] += 1
      return false
    }
    if !memberIDs.contains(visit.member), canCheck(referenceInto: RosterFiles.members) {
      add("unknown member \(visit.member)", "党员 \(visit.member) 不存在")
    }
    if !householdIDs.contains(visit.household),
      canCheck(referenceInto: RosterFiles.households)
    {
      add("unknown household \(visit.household)", "农户 \(visit.household) 不存在")
    }
    if visit.date.yearMonth != month {
      add(
        "\(visit.id) is dated \(visit.date) but kept in this month's log",
        "\(visit.id) 的日期为 \(visit.date)，却记在本月日志中")
    }
    if let opinions = visit.opinions, !Visit.opinionCounts.contains(opinions) {
      add(
        "\(visit.id): \(opinions) opinions is not a count (0 to \(Visit.opinionCounts.upperBound))",
        "\(visit.id)：意见数 \(opinions) 不在 0 到 \(Visit.opinionCounts.upperBound) 之间")
    }
    if let today, visit.date > today {
      add(
        "\(visit.id) is dated \(visit.date), in the future (today is \(today))",
        "\(visit.id) 的日期 \(visit.date) 晚于今天（\(today)）")
    }
    if !Day.recordable.contains(visit.date) {
      add(
        "\(visit.id): \(visit.date) is outside 1900–2099",
        "\(visit.id)：日期 \(visit.date) 不在 1900–2099 年之间")
    }
  }
}
