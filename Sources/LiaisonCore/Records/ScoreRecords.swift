/// Everything a score is computed from, as read from the data folder: the roster, every
/// visit, need, activity, commitment, appraisal and adjustment. Scores are never stored;
/// the same records and rules always give the same scores.
public struct ScoreRecords: Sendable {
  public var roster: Roster
  public var visits: [Visit]
  public var needs: [Need]
  public var activities: [Activity]
  public var commitments: [Commitment]
  public var appraisals: [Appraisal]
  public var adjustments: [ScoreAdjustment]

  public init(
    roster: Roster, visits: [Visit] = [], needs: [Need] = [], activities: [Activity] = [],
    commitments: [Commitment] = [], appraisals: [Appraisal] = [],
    adjustments: [ScoreAdjustment] = []
  ) {
    self.roster = roster
    self.visits = visits
    self.needs = needs
    self.activities = activities
    self.commitments = commitments
    self.appraisals = appraisals
    self.adjustments = adjustments
  }

  /// The records of one member but their visits (`ScoredVisits` groups those), grouped once
  /// so scoring a township stays linear.
  func byMember() -> [String: MemberRecords] {
    var grouped: [String: MemberRecords] = [:]
    for activity in activities {
      grouped[activity.member, default: .init()].activities.append(activity)
    }
    for commitment in commitments {
      grouped[commitment.member, default: .init()].commitments.append(commitment)
    }
    for appraisal in appraisals {
      grouped[appraisal.member, default: .init()].appraisals.append(appraisal)
    }
    for adjustment in adjustments {
      grouped[adjustment.member, default: .init()].adjustments.append(adjustment)
    }
    for need in needs {
      // A need counts for the member who raised it and for the member handling it (small),
      // once when they are the same member (a set for each of a county's needs was a
      // twentieth of a month's score).
      if let raisedBy = need.raisedBy { grouped[raisedBy, default: .init()].needs.append(need) }
      if need.scale == .small, let handler = need.handler, handler != need.raisedBy {
        grouped[handler, default: .init()].needs.append(need)
      }
    }
    return grouped
  }
}

/// One member's records.
struct MemberRecords: Sendable {
  var visits = MemberVisits()
  var needs: [Need] = []
  var activities: [Activity] = []
  var commitments: [Commitment] = []
  var appraisals: [Appraisal] = []
  var adjustments: [ScoreAdjustment] = []
}
