/// One appraisal of a member: the grade of the yearly democratic appraisal (民主评议), or,
/// with a half, the residents' rating of that half-year (seed 002, July and December).
/// A line of `appraisals.json`; `appraisal set` replaces the one it matches.
public struct Appraisal: Codable, Hashable, Sendable, Identifiable {
  /// `E00001` (E for evaluation).
  public var id: String
  public var member: String
  public var year: Int
  /// Set on a residents' rating, absent on a yearly grade.
  public var half: Half?
  public var grade: AppraisalGrade?
  public var rating: ResidentRating?

  public init(
    id: String, member: String, year: Int, half: Half? = nil, grade: AppraisalGrade? = nil,
    rating: ResidentRating? = nil
  ) {
    self.id = id
    self.member = member
    self.year = year
    self.half = half
    self.grade = grade
    self.rating = rating
  }

  /// Which slot it fills: one grade per member and year, one rating per member and half.
  var slot: String { "\(member)/\(year)/\(half?.rawValue ?? "year")" }
}
