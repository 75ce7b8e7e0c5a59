/// A visit as a report counts it: who, where, when and how many opinions — about
/// 70 bytes where a decoded `Visit` takes some 300 and its texts more, for 270,000 visits a
/// month at county scale.
struct CountedVisit: Sendable {
  var member: String
  var household: String
  var date: Day
  var opinions: Int?

  init(member: String, household: String, date: Day, opinions: Int?) {
    self.member = member
    self.household = household
    self.date = date
    self.opinions = opinions
  }
}
