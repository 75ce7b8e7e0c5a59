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
    let reader = VisitLogReader(
      folder: folder, memberIDs: memberIDs, householdIDs: householdIDs, unreadable: unreadable,
      today: today)
    // Two logs at a time, one on each core, then told in month order: holding only two
    // months' sightings keeps a county's check within the memory of a one-core one.
    for pair in stride(from: 0, to: months.count, by: 2) {
      let two = Array(months[pair..<min(pair + 2, months.count)])
      // `read` throws nothing: what goes wrong in a log is among its problems.
      let readings =
        (try? TwoCores.map(two.count, { item, _ in reader.read(two[item]) }) { _, _ in }) ?? []
      for (month, reading) in zip(two, readings) { tell(reading, of: DataFolder.visitLog(month)) }
    }
    // After every log is read: a visit moved into a later month keeps its id.
    for month in months { checkSequence(month) }
  }

  /// Adds a log's problems, with a repeated id's told first among its line's: where the id
  /// was first seen is known only once every log before it is told.
  private mutating func tell(_ reading: VisitLogReader.Reading, of name: String) {
    tally.begin(name)
    var told = 0
    for sighting in reading.sightings {
      problems += reading.problems[told..<sighting.problemsBefore]
      told = sighting.problemsBefore
      if let first = tally.note(sighting.id, key: sighting.key, line: sighting.line) {
        report(
          name, line: sighting.line,
          en: "visit id \(sighting.id) is used again (first at \(first.file):\(first.line))",
          zh: "走访编号 \(sighting.id) 重复（首次出现在 \(first.file):\(first.line)）")
      }
    }
    problems += reading.problems[told...]
    tally.note(highestNumbers: reading.highestNumbers)
    uncheckedReferences.merge(reading.uncheckedReferences, uniquingKeysWith: +)
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
}
