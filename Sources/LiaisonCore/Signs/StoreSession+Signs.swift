/// Reading the year's sign register from the data folder.
extension StoreSession {
  /// The register of `year` as things stand at its end, or on `today` while it runs.
  /// - Parameter village: a village id, or nil for the whole township.
  /// - Throws: `RosterError` for a year out of range; `StoreError.unreadable` when the
  ///   rules that order the excellent do not read.
  public func signRegister(year: Int, today: Day, village: String? = nil) throws -> SignRegister {
    guard (2000...2100).contains(year), let period = Period(parsing: String(year)) else {
      throw RosterError.invalidValue(
        field: "year", value: String(year),
        expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
    }
    let asOf = min(period.last, today)
    let board = try scoreBoard(period: period, today: today, detail: .pointsOnly)
    return SignRegister(
      township: manifest.township.name, year: year, asOf: asOf, roster: try roster().asOf(asOf),
      appraisals: try appraisals(),
      scores: Dictionary(board.scores.map { ($0.member, $0.score) }) { first, _ in first },
      village: village)
  }
}
