/// A grid's, branch's or village's score (双向积分): made from its members' scores as the
/// township rules say (`groups`: their average, or their median), ranked like members.
public struct GroupScore: Hashable, Sendable, Encodable {
  public enum Kind: String, UserChoice {
    case grid, branch, village

    public var chineseLabel: String {
      switch self {
      case .grid: "网格"
      case .branch: "支部"
      case .village: "村"
      }
    }

    public var synonyms: [String] { self == .branch ? ["党支部"] : self == .village ? ["社区"] : [] }
  }

  public var kind: Kind
  /// The grid or village id, or the branch's name; empty for members in none.
  public var id: String
  public var name: String
  /// A grid's village, by name: every village has its 第一网格.
  public var village: String?
  public var members: Int
  public var score: Points
  public var rank: Int

  /// Groups the members of `board` and scores each group.
  public static func groups(
    _ kind: Kind, of board: ScoreBoard, roster: Roster, method: GroupMethod
  ) -> [GroupScore] {
    var members: [String: [Points]] = [:]
    for score in board.scores {
      let key =
        switch kind {
        case .grid: score.grid ?? ""
        case .branch: score.branch ?? ""
        case .village: score.village
        }
      members[key, default: []].append(score.score)
    }
    let gridVillages = Dictionary(
      roster.grids.map { ($0.id, $0.village) }, uniquingKeysWith: { first, _ in first })
    var groups = members.map { key, scores in
      GroupScore(
        kind: kind, id: key, name: name(kind, key, roster: roster),
        village: kind == .grid ? gridVillages[key].map(roster.villageName) : nil,
        members: scores.count, score: combine(scores, method), rank: 0)
    }
    let ranks = ShareGrading.ranks(groups.map(\.score))
    for index in groups.indices { groups[index].rank = ranks[index] }
    return groups.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
  }

  /// The average or median of the scores, to a tenth, halves rounded up.
  static func combine(_ scores: [Points], _ method: GroupMethod) -> Points {
    guard !scores.isEmpty else { return .zero }
    switch method {
    case .average:
      let total = scores.reduce(0) { $0 + $1.tenths }
      return Points(tenths: (2 * total + scores.count) / (2 * scores.count))
    case .median:
      let sorted = scores.map(\.tenths).sorted()
      let middle = sorted.count / 2
      return sorted.count % 2 == 1
        ? Points(tenths: sorted[middle])
        : Points(tenths: (sorted[middle - 1] + sorted[middle] + 1) / 2)
    }
  }

  private static func name(_ kind: Kind, _ key: String, roster: Roster) -> String {
    switch kind {
    case .grid: key.isEmpty ? "—" : roster.gridName(key)
    case .branch: key.isEmpty ? "—" : key
    case .village: roster.villageName(key)
    }
  }
}
