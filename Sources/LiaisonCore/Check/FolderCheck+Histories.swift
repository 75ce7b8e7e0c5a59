/// Checking the dated histories of grids, members and households: what a hand edit or a
/// bad merge can break so that past reports would read wrong facts.
extension FolderCheck {
  mutating func checkHistories() {
    checkHistory(of: roster.grids, in: RosterFiles.grids)
    checkHistory(of: roster.members, in: RosterFiles.members)
    checkHistory(of: roster.households, in: RosterFiles.households)
    checkLinksWithinStarts()
    for member in roster.members {
      if let since = member.since, let left = member.left, left <= since {
        report(
          RosterFiles.members, line: line(of: member.id, in: RosterFiles.members),
          en: "\(member.id): left on \(left), not after coming onto the roster on \(since)",
          zh: "\(member.id)：离开日期 \(left) 不晚于入册日期 \(since)")
      }
    }
  }

  private mutating func checkHistory<Record: DatedRecord>(of records: [Record], in file: String) {
    let known = Set(Record.datedFacts.map(\.key))
    for record in records where !record.history.isEmpty {
      let at = line(of: record.id, in: file)
      func problem(_ en: String, _ zh: String) {
        report(file, line: at, en: "\(record.id): \(en)", zh: "\(record.id)：\(zh)")
      }
      var previous: Day?
      for entry in record.history {
        if let previous, entry.to <= previous {
          problem(
            "history is out of order: a change on \(entry.to) after one on \(previous)",
            "历史记录顺序有误：\(entry.to) 的变动排在 \(previous) 之后")
        }
        if let since = record.since, entry.to <= since {
          problem(
            "a change on \(entry.to) comes before it was on the roster (since \(since))",
            "\(entry.to) 的变动早于其入册日期（\(since)）")
        }
        if entry.facts.isEmpty {
          problem("a change on \(entry.to) records no fact", "\(entry.to) 的变动未记录任何内容")
        }
        for key in entry.facts.keys.sorted() where !known.contains(key) {
          problem(
            "a change on \(entry.to) names '\(key)', which is not a dated fact of this record",
            "\(entry.to) 的变动记录了“\(key)”，这不是该记录的可变动事项")
        }
        previous = entry.to
      }
    }
  }

  /// A link that begins before its member or household came onto the roster would count a
  /// linked household in months that leave the record out.
  private mutating func checkLinksWithinStarts() {
    let members = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let households = Dictionary(
      roster.households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for link in roster.links {
      let starts = [
        members[link.member]?.since.map { ($0, link.member) },
        households[link.household]?.since.map { ($0, link.household) },
      ].compactMap { $0 }
      for (since, id) in starts where link.from < since {
        report(
          RosterFiles.links, line: line(of: link.id, in: RosterFiles.links),
          en: "\(link.id): starts on \(link.from), before \(id) came onto the roster (\(since))",
          zh: "\(link.id)：开始于 \(link.from)，早于 \(id) 的入册日期（\(since)）")
      }
    }
  }
}
