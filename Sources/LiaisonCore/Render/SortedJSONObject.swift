import Foundation

/// An object being written: each member goes into the buffer as it comes, as `"key":value`,
/// and the members are put in the UTF-8 order of their keys when it closes.
struct SortedJSONObject {
  let output: SortedJSONOutput
  /// Its depth among the objects open, and where its bytes begin.
  private let level: Int
  private let start: Int

  init(opening output: SortedJSONOutput) {
    self.output = output
    level = output.depth
    start = output.bytes.count
    output.depth += 1
    if output.levels.count == level { output.levels.append(SortedJSONLevel()) }
    output.levels[level].keys.removeAll(keepingCapacity: true)
    output.levels[level].members.removeAll(keepingCapacity: true)
  }

  /// A member whose value `write` writes.
  func add(_ key: String, _ write: () throws -> Void) rethrows {
    let from = output.bytes.count
    JSONText.string(key, into: &output.bytes)
    output.bytes.append(UInt8(ascii: ":"))
    try write()
    output.levels[level].keys.append(key)
    output.levels[level].members.append(from..<output.bytes.count)
  }

  /// `{`, the members in key order with commas between, `}`. Keys that are equal as
  /// strings — written twice, or the same text composed two ways — are declined: the
  /// encoder keeps one of them.
  func close() {
    let (order, declined) = output.levels[level].order()
    if declined { output.declined = true }
    let members = output.levels[level].members
    let written = Array(output.bytes[start...])
    output.bytes.removeSubrange(start...)
    output.bytes.append(UInt8(ascii: "{"))
    for (place, member) in order.enumerated() {
      if place > 0 { output.bytes.append(UInt8(ascii: ",")) }
      let range = members[member]
      output.bytes += written[(range.lowerBound - start)..<(range.upperBound - start)]
    }
    output.bytes.append(UInt8(ascii: "}"))
    output.depth -= 1
  }
}

/// The members of the object open at one depth, and the order of the last object's keys:
/// a list of records closes object after object with the same keys, sorted once.
struct SortedJSONLevel {
  var keys: [String] = []
  /// Each member's `"key":value` bytes in the buffer, in the order written.
  var members: [Range<Int>] = []
  private var lastKeys: [String] = []
  private var lastOrder: (order: [Int], declined: Bool) = ([], false)

  /// The members' places in key order, and whether two keys are the same key.
  mutating func order() -> (order: [Int], declined: Bool) {
    if keys == lastKeys { return lastOrder }
    let keys = keys
    let order = keys.indices.sorted { Self.compare(keys[$0], keys[$1]) < 0 }
    let declined =
      zip(order, order.dropFirst()).contains { Self.compare(keys[$0], keys[$1]) == 0 }
      || (keys.contains { !$0.utf8.allSatisfy { $0 < 0x80 } } && Set(keys).count != keys.count)
    (lastKeys, lastOrder) = (keys, (order, declined))
    return lastOrder
  }

  /// The UTF-8 order of two keys, as `memcmp` gives it (the encoder's order): the generic
  /// comparison of two UTF-8 views was most of the sorting.
  private static func compare(_ one: String, _ other: String) -> Int32 {
    var (one, other) = (one, other)
    return one.withUTF8 { first in
      other.withUTF8 { second in
        let common = min(first.count, second.count)
        let compared = common == 0 ? 0 : memcmp(first.baseAddress!, second.baseAddress!, common)
        return compared != 0 ? compared : Int32(first.count) - Int32(second.count)
      }
    }
  }
}
