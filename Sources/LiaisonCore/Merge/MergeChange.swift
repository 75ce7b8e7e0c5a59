import Foundation

/// One merge as it is put together: every record naming the duplicate pointed at the kept
/// record, what moved counted for the clerk, and the earliest day moved, for the months
/// whose reports change.
struct MergeChange {
  let duplicate: String
  let kept: String
  var moved: [Localized] = []
  /// The earliest day of anything moved.
  var earliest: Day?

  /// Points `field` of every record naming the duplicate at the kept record.
  /// - Returns: how many records changed.
  mutating func move<T>(
    _ records: inout [T], _ field: WritableKeyPath<T, String>, dated day: (T) -> Day
  ) -> Int {
    var count = 0
    for index in records.indices where records[index][keyPath: field] == duplicate {
      records[index][keyPath: field] = kept
      note(day(records[index]))
      count += 1
    }
    return count
  }

  /// The same for a field that may be empty.
  mutating func move<T>(
    _ records: inout [T], _ field: WritableKeyPath<T, String?>, dated day: (T) -> Day?
  ) -> Int {
    var count = 0
    for index in records.indices where records[index][keyPath: field] == duplicate {
      records[index][keyPath: field] = kept
      if let day = day(records[index]) { note(day) }
      count += 1
    }
    return count
  }

  /// Counts moved records of one kind for the closing sentence ("3 visits").
  mutating func count(_ number: Int, en noun: String, zh counter: String) {
    if number > 0 { moved.append(.count(number, en: noun, zh: counter)) }
  }

  mutating func note(_ day: Day) { earliest = min(earliest ?? day, day) }

  /// Refuses records that would be two of what may be only one (an appraisal per member and
  /// half-year, a reserve decision per member and year) once both name the kept record.
  func refuseCollisions<T: Identifiable>(
    _ records: [T], slot: (T) -> String, what: Localized
  ) throws where T.ID == String {
    var seen: [String: String] = [:]
    for record in records {
      let key = slot(record)
      guard let other = seen[key] else {
        seen[key] = record.id
        continue
      }
      throw RosterError.rule(
        Localized(
          en: "\(duplicate) and \(kept) each have \(what.en) for the same period (\(other), "
            + "\(record.id)); remove the wrong one first, then merge.",
          zh: "\(duplicate) 与 \(kept) 在同一期间各有一条\(what.zh)（\(other)、\(record.id)）；"
            + "请先删除错误的一条，再合并。"))
    }
  }
}
