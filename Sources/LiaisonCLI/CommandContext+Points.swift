import LiaisonCore

/// Points typed on the command line (`--points +2`), for score and index adjustments.
extension CommandContext {
  func points(_ name: String) throws -> Points? {
    guard let text = value(name) else { return nil }
    guard let points = Points(parsing: text) else {
      throw RosterError.invalidValue(
        field: name, value: text,
        expected: Localized(
          en: "points with at most one decimal place, e.g. +2 or -1.5",
          zh: "至多一位小数的分值，如 +2 或 -1.5"))
    }
    return points
  }
}
