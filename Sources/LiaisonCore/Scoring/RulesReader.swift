import Foundation

/// Reads a rules file field by field, so that every complaint names the JSON path of the
/// bad field (`items[3].points: expected a number`) instead of dumping a decoding error.
struct RulesReader {
  /// The file's name as the clerk knows it (`rules/scoring.json`).
  let path: String

  func fail(_ at: String, _ detail: String) -> StoreError {
    .unreadable(path: path, line: nil, detail: Localized(at.isEmpty ? detail : "\(at): \(detail)"))
  }

  /// The whole file as a JSON object.
  func root(_ data: Data) throws -> [String: Any] {
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw fail("", "the file is not valid JSON (\(RulesReader.reason(error)))")
    }
    guard let object = parsed as? [String: Any] else {
      throw fail("", "expected a JSON object {…} at the top")
    }
    return object
  }

  func object(_ value: Any?, _ at: String) throws -> [String: Any] {
    guard let object = value as? [String: Any] else { throw fail(at, "expected an object {…}") }
    return object
  }

  func array(_ value: Any?, _ at: String) throws -> [Any] {
    guard let array = value as? [Any] else { throw fail(at, "expected a list […]") }
    return array
  }

  /// Refuses fields nobody reads: a misspelt key would otherwise be silently ignored.
  func only(_ object: [String: Any], _ allowed: [String], _ at: String) throws {
    for key in object.keys.sorted() where !allowed.contains(key) && key != "about" {
      throw fail(
        join(at, key), "unknown field; expected one of \(allowed.joined(separator: ", "))")
    }
  }

  func points(_ value: Any?, _ at: String) throws -> Points {
    guard let value, Points.number(value) != nil else {
      throw fail(at, "expected a number")
    }
    guard let points = Points(json: value) else {
      throw fail(at, "expected a number with at most one decimal place")
    }
    return points
  }

  func optionalPoints(_ value: Any?, _ at: String) throws -> Points? {
    value == nil || value is NSNull ? nil : try points(value, at)
  }

  func integer(_ value: Any?, _ at: String, _ range: ClosedRange<Int>) throws -> Int {
    guard let number = Points.number(value), let whole = Int(exactly: number),
      range.contains(whole)
    else {
      throw fail(at, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return whole
  }

  func text(_ value: Any?, _ at: String) throws -> String {
    guard let text = value as? String, !text.trimmedSpaces.isEmpty else {
      throw fail(at, "expected text")
    }
    return text.trimmedSpaces
  }

  func choice<T: RawRepresentable & CaseIterable>(
    _ type: T.Type, _ value: Any?, _ at: String
  )
    throws -> T where T.RawValue == String
  {
    guard let text = value as? String, let choice = T(rawValue: text) else {
      let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      throw fail(at, "expected one of \(allowed)")
    }
    return choice
  }

  func join(_ at: String, _ key: String) -> String { at.isEmpty ? key : "\(at).\(key)" }

  static func reason(_ error: Error) -> String {
    let info = (error as NSError).userInfo
    return (info["NSDebugDescription"] as? String) ?? error.localizedDescription
  }
}
