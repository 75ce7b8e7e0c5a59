/// The month's ranking (一月一排名): by the month's score, or by visits when the scoring
/// rules do not read; only the entries shown at its two ends are made.
extension MonthlyReport {
  /// Members by visits in the month, then distinct households visited; ties share a rank
  /// (1, 2, 2, 4) and are listed by id.
  static func ranking(
    _ members: [Member], visits: MonthTally, roster: Roster, size: Int
  )
    -> Ranking
  {
    let scored = members.indices.map { position -> (position: Int, visits: Int, households: Int) in
      let own = visits.member(at: position)
      return (position, own.visits, own.households)
    }.sorted {
      ($1.visits, $1.households, members[$0.position].id.count, members[$0.position].id)
        < ($0.visits, $0.households, members[$1.position].id.count, members[$1.position].id)
    }
    // Every member's rank is worked out, only the shown ones' entries made.
    var ranks: [Int] = []
    ranks.reserveCapacity(scored.count)
    for (index, entry) in scored.enumerated() {
      let tied =
        index > 0 && scored[index - 1].visits == entry.visits
        && scored[index - 1].households == entry.households
      ranks.append(tied ? ranks[index - 1] : index + 1)
    }
    let (top, bottom) = ends(of: Array(scored.indices), size: size)
    func entry(_ index: Int) -> RankEntry {
      let (position, count, households) = scored[index]
      let member = members[position]
      return RankEntry(
        rank: ranks[index], member: member.id, name: member.name,
        village: roster.villageName(member.village), score: nil, visits: count,
        householdsVisited: households)
    }
    return Ranking(basis: "visits", top: top.map(entry), bottom: bottom.map(entry))
  }

  /// Members by the month's score, in the score board's order and ranks; only the shown
  /// ones' entries are made (a county board holds 12,000 scores).
  static func ranking(
    _ board: ScoreBoard, visits: MonthTally, roster: Roster, size: Int
  ) -> Ranking {
    let scores = board.scores
    let present = scores.indices.filter { visits.slots.memberSlots[scores[$0].member] != nil }
    let (top, bottom) = ends(of: present, size: size)
    func entry(_ index: Int) -> RankEntry {
      let score = scores[index]
      let own = visits.member(score.member)
      return RankEntry(
        rank: score.rank, member: score.member, name: score.name,
        village: roster.villageName(score.village),
        score: score.score, visits: own.visits, householdsVisited: own.households)
    }
    return Ranking(basis: "score", top: top.map(entry), bottom: bottom.map(entry))
  }

  /// The first and the last `size` places, the last worst first.
  static func ends<Place>(of places: [Place], size: Int) -> (top: [Place], bottom: [Place]) {
    let top = Array(places.prefix(size))
    return (top, Array(places.dropFirst(top.count).suffix(size).reversed()))
  }
}
