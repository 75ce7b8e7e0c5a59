import Foundation

/// Checking the visit logs: every line whole and parsed, ids unique across months, the
/// sequence files ahead of every number in use, and references resolved.
extension FolderCheck {
  mutating func loadVisitLogs() {
    let months: [YearMonth]
    do {
      months = try VisitLog.months(in: folder)
    } catch let error as LiaisonError {
      return problems.append(
        CheckProblem(file: DataFolder.visitsFolderName, message: error.message))
    } catch {
      return report("visits", en: "the folder cannot be read", zh: "无法读取该文件夹")
    }
    for month in months { checkLog(DataFolder.visitLog(month)) }
    // After every log is read: a visit moved into a later month keeps its id.
    for month in months { checkSequence(month) }
  }

  /// Reads one log line by line, in bounded memory, checking each visit as it comes: a
  /// line past `LineLimit` (a sparse or damaged file) is reported and ends the reading of
  /// that log.
  private mutating func checkLog(_ name: String) {
    let decoder = JSONDecoder()
    var lineNumber = 0
    var found: [CheckProblem] = []
    var scratch = PlainJSONObject()
    tally.begin(name)
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
          found += checked(visit, file: name, line: lineNumber)
          if !complete {
            found.append(
              problem(
                name, line: lineNumber, repairable: true, en: "the last line lacks its newline",
                zh: "最后一行缺少换行符"))
          }
        } catch {
          if !complete, !DurableWriter.isWholeJSON(bytes) {
            found.append(
              problem(
                name, line: lineNumber, repairable: true,
                en: "incomplete last line (a write cut off by a crash, never reported as saved)",
                zh: "最后一行不完整（写入时被中断，从未报告保存成功）"))
          } else {
            let detail = RecordCodec.describe(error)
            found.append(problem(name, line: lineNumber, en: detail.en, zh: detail.zh))
          }
        }
        return true
      }
    } catch let error as StoreError {
      if case .unreadable(_, let line, let detail) = error {
        found.append(problem(name, line: line, en: detail.en, zh: detail.zh))
      } else {
        found.append(CheckProblem(file: name, message: error.message))
      }
    } catch {
      found.append(problem(name, en: "cannot be read", zh: "无法读取"))
    }
    problems += found
  }

  /// The month's sequence file must parse and be ahead of every number already used for
  /// its days, or `visit add` could hand out an id twice.
  private mutating func checkSequence(_ month: YearMonth) {
    let name = DataFolder.visitSequence(month)
    guard let data = try? FileReader.contents(folder.file(name)) else { return }
    guard let stored = try? JSONDecoder().decode([String: Int].self, from: data) else {
      return report(
        name, repairable: true, en: "does not parse; it will be rebuilt from the logs",
        zh: "无法解析；将根据走访日志重建")
    }
    var behind: [String] = []
    for (day, number) in tally.highestNumber where day.yearMonth == month {
      if (stored[day.description] ?? 1) <= number {
        behind.append(Visit.id(on: day, sequence: number))
      }
    }
    if let first = behind.min() {
      report(
        name, repairable: true,
        en: "behind the visits already numbered (\(first)); the next visit add could reuse an id",
        zh: "落后于已使用的走访编号（\(first)）；下次登记可能重复编号")
    }
  }

  /// One visit's problems: an id used before, a member or household not on the roster,
  /// a date that belongs in another month's log, values out of bounds.
  private mutating func checked(_ visit: Visit, file: String, line: Int) -> [CheckProblem] {
    var found: [CheckProblem] = []
    func add(_ en: String, _ zh: String) { found.append(problem(file, line: line, en: en, zh: zh)) }
    if let first = tally.note(visit.id, line: line) {
      add(
        "visit id \(visit.id) is used again (first at \(first.file):\(first.line))",
        "走访编号 \(visit.id) 重复（首次出现在 \(first.file):\(first.line)）")
    }
    if !memberIDs.contains(visit.member), canCheck(referenceInto: RosterFiles.members) {
      add("unknown member \(visit.member)", "党员 \(visit.member) 不存在")
    }
    if !householdIDs.contains(visit.household),
      canCheck(referenceInto: RosterFiles.households)
    {
      add("unknown household \(visit.household)", "农户 \(visit.household) 不存在")
    }
    if DataFolder.visitLog(visit.date.yearMonth) != file {
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
    return found
  }
}
