/// Ranks and grades by share, with one tie rule for both: members with equal scores share
/// the best rank among them (competition ranking: 1, 2, 2, 4), and a grade follows the rank,
/// so members tied across a grade boundary all take the better grade.
public enum ShareGrading {
  /// Competition ranks of `scores`, in the same order: the highest score ranks 1.
  public static func ranks(_ scores: [Points]) -> [Int] {
    // Sorted once, so a county's twelve thousand members rank in n log n, not n².
    let order = scores.indices.sorted { scores[$0] > scores[$1] }
    var ranks = [Int](repeating: 0, count: scores.count)
    for (place, index) in order.enumerated() {
      if place > 0, scores[order[place - 1]] == scores[index] {
        ranks[index] = ranks[order[place - 1]]
      } else {
        ranks[index] = place + 1
      }
    }
    return ranks
  }

  /// The grade of each of `scores`, in the same order.
  ///
  /// With n members, grade g's places end at round(n × (share of g and every better grade) /
  /// 100), halves rounded up: for 10 members and 20/42/28/10, A is ranks 1–2, B 3–6, C 7–9,
  /// D 10. A member takes the first grade whose places reach their rank.
  /// - Parameter shares: percent per grade, best first, adding up to 100.
  public static func grades(_ scores: [Points], shares: [(String, Int)]) -> [String] {
    let count = scores.count
    var boundaries: [(String, Int)] = []
    var cumulative = 0
    for (grade, share) in shares {
      cumulative += share
      boundaries.append((grade, (count * cumulative * 2 + 100) / 200))
    }
    return ranks(scores).map { rank in
      boundaries.first { rank <= $0.1 }?.0 ?? shares.last?.0 ?? ""
    }
  }
}
