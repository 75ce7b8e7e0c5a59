import Foundation

/// The list of renames a multi-file change will make, written before any is made.
struct IntentJournal: Codable {
  struct Rename: Codable {
    var from: String
    var to: String
  }
  /// A line to append to a log, written here whole so the journal can finish it.
  struct Append: Codable {
    var log: String
    var line: String
  }
  var renames: [Rename]
  var appends: [Append]? = nil

  /// A journal names a few files and at most a few lines: anything larger was not written
  /// by liaison, and is not read whole.
  static let maximumBytes = 4 * LineLimit.bytes

  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }

  static func decode(_ data: Data, path: String) throws -> IntentJournal {
    do {
      return try JSONDecoder().decode(IntentJournal.self, from: data)
    } catch {
      throw StoreError.unreadable(
        path: path, line: nil,
        detail: Localized(
          en: "the record of an interrupted change does not parse",
          zh: "中断修改的记录无法解析"))
    }
  }
}
