import Dispatch

/// The scores of the members on the roster during a period, ranked and placed: bands (red
/// and black lists), grades by share and colours. Computed from the records each time,
/// never stored.
public struct ScoreBoard: Sendable {
  public var period: Period
  /// Best first; ties in rank in member-id order.
  public var scores: [MemberScore]

  /// Scores every member on the roster at some time in `period` (optionally of one village)
  /// by their village's rules.
  /// - Parameters:
  ///   - village: score only this village's members, ranked among themselves under the
  ///     village's rules for lists and grades; otherwise the township's.
  ///   - today: records after it are not counted; weeks not yet over are not judged.
  public init(
    records: ScoreRecords, rulebook: ScoringRulebook, period: Period, today: Day,
    village: String? = nil
  ) {
    self.init(
      records: records, visits: ScoredVisits(records.visits, roster: records.roster),
      rulebook: rulebook, period: period, today: today, village: village)
  }

  /// The same, with the visits already grouped (`records.visits` is not looked at).
  init(
    records: ScoreRecords, visits: ScoredVisits, rulebook: ScoringRulebook, period: Period,
    today: Day, village: String? = nil
  ) {
    self.period = period
    let grouped = records.byMember()
    let links = Dictionary(grouping: records.roster.links, by: \.member)
    let members = records.roster.members.filter { member in
      (village == nil || member.village == village)
        && (member.left.map { $0 > period.first } ?? true)
        && member.hasStarted(by: period.last)
    }
    let end = min(period.last, today)
    let spans = Dictionary(
      uniqueKeysWithValues: RequirementUnit.allCases.map {
        ($0, RequirementSpan.spans($0, period: period, end: end))
      })
    @Sendable func score(_ member: Member) -> MemberScore {
      var own = grouped[member.id] ?? MemberRecords()
      own.visits = visits.of(member.id)
      let rules = rulebook.rules(for: member.village)
      return ScoreEvaluator(
        rules: rules, member: member, records: own, households: visits.householdIDs,
        links: links[member.id] ?? [], period: period, today: today,
        spans: spans[rules.visitRequirement.per]
      ).evaluate()
    }
    // Two halves on two cores: a county's 12,000 members are a tenth of a yearly score.
    let half = (members.count + 1) / 2
    let halves = ConcurrentResults<[MemberScore]>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      let range = lane == 0 ? 0..<half : half..<members.count
      halves.set(lane, members[range].map(score))
    }
    var scores = halves.all().flatMap { $0 }
    let listRules = village.map(rulebook.rules(for:)) ?? rulebook.township
    Self.place(&scores, rules: listRules, rulebook: rulebook)
    // The places are sorted, not the scores: moving a county's 12,000 scores, each with
    // its lines, about the sort was a third of the board's own time.
    let order = scores.indices.sorted {
      (scores[$0].rank, scores[$0].member.count, scores[$0].member)
        < (scores[$1].rank, scores[$1].member.count, scores[$1].member)
    }
    self.scores = order.map { scores[$0] }
  }

  /// Sets rank, band, grade and colour.
  static func place(_ scores: inout [MemberScore], rules: ScoringRules, rulebook: ScoringRulebook) {
    let points = scores.map(\.score)
    let ranks = ShareGrading.ranks(points)
    let grades = rules.grading.map { shares in
      ShareGrading.grades(points, shares: ScoringRules.gradeNames.map { ($0, shares[$0] ?? 0) })
    }
    for index in scores.indices {
      let score = scores[index].score
      scores[index].rank = ranks[index]
      scores[index].grade = grades?[index]
      let red = rules.lists.red
      if score < rules.lists.black.below {
        scores[index].band = .black
      } else if (red.top.map { ranks[index] <= $0 } ?? false)
        || (red.atLeast.map { score >= $0 } ?? false)
      {
        scores[index].band = .red
      }
      if let colours = rulebook.rules(for: scores[index].village).colours {
        scores[index].colour =
          score >= colours.red ? .red : score >= colours.yellow ? .yellow : .grey
      }
    }
  }

  /// One member's score, by id.
  public func score(of member: String) -> MemberScore? { scores.first { $0.member == member } }
}
