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
    self.init(
      ScoreSources(
        records: records, visits: .grouped(visits), rulebook: rulebook, period: period,
        today: today,
        village: village))
  }

  /// The board of what was read, its shares of members scored on the two cores (a county's
  /// 12,000 members are a tenth of a yearly score).
  init(_ sources: ScoreSources) {
    let rulebook = sources.rulebook
    self.init(
      period: sources.period, scores: Self.scores(sources),
      rules: sources.village.map(rulebook.rules(for:)) ?? rulebook.township, rulebook: rulebook)
  }

  /// Every member's score, in roster order. What the scores needed (`ScoreBoardWork`) is
  /// let go on return, before the scores are placed.
  private static func scores(_ sources: ScoreSources) -> [MemberScore] {
    let work = ScoreBoardWork(sources)
    let shares = ConcurrentResults<[MemberScore]>(count: work.shares)
    DispatchQueue.concurrentPerform(iterations: work.shares) { share in
      shares.set(share, work.scores(share: share))
    }
    return shares.all().flatMap { $0 }
  }

  /// Scores in roster order, ranked and placed under `rules`' lists and grades: the
  /// village's when one village is scored, else the township's.
  init(period: Period, scores: [MemberScore], rules: ScoringRules, rulebook: ScoringRulebook) {
    self.period = period
    var scores = scores
    Self.place(&scores, rules: rules, rulebook: rulebook)
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
