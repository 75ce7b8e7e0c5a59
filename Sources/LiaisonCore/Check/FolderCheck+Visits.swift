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

  /// Reads one log line by line, in bounded memory: a line past `LineLimit` (a sparse or
  /// damaged file) is reported and ends the reading of that log.
  private mutating func checkLog(_ name: String) {
    let decoder = JSONDecoder()
    var lineNumber = 0
    var found: [CheckProblem] = []
    var read: [(visit: Visit, file: String, line: Int)] = []
    do {
      _ = try FileReader.lines(folder.file(name)) { line, complete in
        lineNumber += 1
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return true }
        let bytes = Data(line)
        do {
          read.append((try decoder.decode(Visit.self, from: bytes), name, lineNumber))
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
            found.append(problem(name, line: lineNumber, en: detail, zh: detail))
          }
        }
        return true
      }
    } catch let error as StoreError {
      if case .unreadable(_, let line, let detail) = error {
        found.append(problem(name, line: line, en: detail, zh: detail))
      } else {
        found.append(CheckProblem(file: name, message: error.message))
      }
    } catch {
      found.append(problem(name, en: "cannot be read", zh: "无法读取"))
    }
    problems += found
    visits += read
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
    for entry in visits {
      guard let (day, number) = Visit.parseID(entry.visit.id), day.yearMonth == month else {
        continue
      }
      if (stored[day.description] ?? 1) <= number { behind.append(entry.visit.id) }
    }
    if let first = behind.min() {
      report(
        name, repairable: true,
        en: "behind the visits already numbered (\(first)); the next visit add could reuse an id",
        zh: "落后于已使用的走访编号（\(first)）；下次登记可能重复编号")
    }
  }

  mutating func checkVisits() {
    var seen: [String: (file: String, line: Int)] = [:]
    let members = Set(roster.members.map(\.id))
    let households = Set(roster.households.map(\.id))
    for (visit, file, line) in visits {
      if let first = seen[visit.id] {
        report(
          file, line: line,
          en: "visit id \(visit.id) is used again (first at \(first.file):\(first.line))",
          zh: "走访编号 \(visit.id) 重复（首次出现在 \(first.file):\(first.line)）")
      } else {
        seen[visit.id] = (file, line)
      }
      if !members.contains(visit.member), !unreadable.contains(RosterFiles.members) {
        report(file, line: line, en: "unknown member \(visit.member)", zh: "党员 \(visit.member) 不存在")
      }
      if !households.contains(visit.household), !unreadable.contains(RosterFiles.households) {
        report(
          file, line: line, en: "unknown household \(visit.household)",
          zh: "农户 \(visit.household) 不存在")
      }
      if DataFolder.visitLog(visit.date.yearMonth) != file {
        report(
          file, line: line, en: "\(visit.id) is dated \(visit.date) but kept in this month's log",
          zh: "\(visit.id) 的日期为 \(visit.date)，却记在本月日志中")
      }
    }
  }
}
