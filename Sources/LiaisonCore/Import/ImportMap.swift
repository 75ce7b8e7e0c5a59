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
      throw InputFileError(
        path: path, reason: Localized(en: "no such map file", zh: "找不到该对照文件"), exitStatus: .noInput)
    }
    let example = "{\"columns\": {\"phone\": \"本人手机\"}, \"skipRows\": 1}"
    func refuse(_ en: String, _ zh: String) -> InputFileError {
      InputFileError(
        path: path,
        reason: Localized(en: "\(en); expected e.g. \(example)", zh: "\(zh)；应形如 \(example)"))
    }
    let map: ImportMap
    do {
      map = try JSONDecoder().decode(ImportMap.self, from: data)
    } catch {
      let detail = RecordCodec.describe(error)
      throw refuse(detail.en, detail.zh)
    }
    // A misspelt key ("colums") would otherwise be ignored without a word.
    if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
      let unknown = Set(object.keys).subtracting(["columns", "skipRows"])
      if !unknown.isEmpty {
        let keys = unknown.sorted().joined(separator: ", ")
        throw refuse("unknown key(s) \(keys)", "未知的键 \(keys)")
      }
    }
    if let skip = map.skipRows, skip < 0 {
      throw refuse("skipRows must be 0 or more", "skipRows 不能为负数")
    }
    return map
  }
}
