/// What the index counts for one village over a period, gathered once from its own records
/// as they stood at the period's end (or today while it runs): the roster in force then,
/// so a past quarter counts the same after later moves and new households.
struct VillageFacts: Sendable {
  var village: String
  var households: Int = 0
  var linkedHouseholds: Int = 0
  var members: Int = 0
  var visits = 0
  var needsResolved: [String] = []
  var needsOverdue: [String] = []
  var passed: [String] = []
  var notices: [String] = []
  /// The members' average score, or nil when none was scored.
  var memberAverage: Points?
  var reportedMonths: [YearMonth] = []
  var adjustments: [IndexAdjustment] = []

  init(village: String) { self.village = village }

  /// Whole percentage points of households linked, rounded down.
  var coveragePercent: Int { households == 0 ? 0 : linkedHouseholds * 100 / households }

  /// Whole visits per member, rounded down.
  var visitsPerMember: Int { members == 0 ? 0 : visits / members }
}
