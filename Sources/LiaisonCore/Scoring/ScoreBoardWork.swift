/// A score board being worked out: what every member's score needs, gathered once, and the
/// members to score in shares that can be worked on side by side, on the two cores.
struct ScoreBoardWork: Sendable {
  private let sources: ScoreSources
  private let visits: ScoredVisits
  private let members: [Member]
  private let grouped: [String: MemberRecords]
  private let links: [String: [Link]]
  private let spans: [RequirementUnit: [RequirementSpan]]

  /// Two halves, one for each core.
  let shares = 2

  init(_ sources: ScoreSources) {
    self.sources = sources
    visits = sources.visits.grouped()
    let (period, village) = (sources.period, sources.village)
    let records = sources.records
    grouped = records.byMember()
    links = Dictionary(grouping: records.roster.links, by: \.member)
    members = records.roster.members.filter { member in
      (village == nil || member.village == village)
        && (member.left.map { $0 > period.first } ?? true)
        && member.hasStarted(by: period.last)
    }
    let end = min(period.last, sources.today)
    spans = Dictionary(
      uniqueKeysWithValues: RequirementUnit.allCases.map {
        ($0, RequirementSpan.spans($0, period: period, end: end))
      })
  }

  /// The scores of one share's members, in roster order.
  func scores(share: Int) -> [MemberScore] {
    let size = (members.count + shares - 1) / shares
    let range = min(share * size, members.count)..<min((share + 1) * size, members.count)
    let rulebook = sources.rulebook
    return members[range].map { member in
      var own = grouped[member.id] ?? MemberRecords()
      own.visits = visits.of(member.id)
      let rules = rulebook.rules(for: member.village)
      var score = ScoreEvaluator(
        rules: rules, member: member, records: own, households: visits.householdIDs,
        links: links[member.id] ?? [], period: sources.period, today: sources.today,
        spans: spans[rules.visitRequirement.per], explains: sources.keepsLines
      ).evaluate()
      // Let go here, on the core that made them, rather than held to the end.
      if !sources.keepsLines { score.lines = [] }
      return score
    }
  }
}
