/// A service a member promises for the year, posted publicly (承诺践诺, seed 002): one or
/// two a year. A line of `commitments.json`.
public struct Commitment: Codable, Hashable, Sendable, Identifiable {
  /// `P00001` (P for promise: C is taken by villages).
  public var id: String
  public var member: String
  public var year: Int
  public var text: String
  /// The day it was kept (践诺), once it was.
  public var fulfilled: Day?
  /// How it was kept, as the clerk wrote it.
  public var fulfilment: String?

  public init(
    id: String, member: String, year: Int, text: String, fulfilled: Day? = nil,
    fulfilment: String? = nil
  ) {
    self.id = id
    self.member = member
    self.year = year
    self.text = text
    self.fulfilled = fulfilled
    self.fulfilment = fulfilment
  }

  /// The most commitments a member makes in one year (seed 002: 1–2).
  public static let perYear = 2
}
