import Foundation

/// A `--map` file: headers liaison does not know, and title rows to skip.
///
/// ```json
/// {"columns": {"phone": "本人手机", "grid": "所属片区"}, "skipRows": 2}
/// ```
public struct ImportMap: Codable, Sendable {
  /// Field name → the header text in the file.
  public var columns: [String: String]?
  /// Lines above the header row.
  public var skipRows: Int?

  /// Reads a map file.
  /// - Throws: `StoreError.unreadable` naming the file and what is wrong with it.
  public static func read(_ path: String, from directory: String) throws -> ImportMap {
    let absolute = path.hasPrefix("/") ? path : directory + "/" + path
    guard let data = try FileReader.contents(absolute) else {
      throw StoreError.unreadable(path: path, line: nil, detail: "no such file")
    }
    do {
      let map = try JSONDecoder().decode(ImportMap.self, from: data)
      if let skip = map.skipRows, skip < 0 {
        throw StoreError.unreadable(path: path, line: nil, detail: "skipRows must be 0 or more")
      }
      return map
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.unreadable(
        path: path, line: nil,
        detail: RecordCodec.describe(error)
          + "; expected {\"columns\": {\"phone\": \"本人手机\"}, \"skipRows\": 1}")
    }
  }
}
