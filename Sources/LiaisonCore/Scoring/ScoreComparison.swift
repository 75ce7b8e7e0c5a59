/// What other rules would change before a list is published (`score what-if`): the members
/// whose list, grade or re-education would differ, with both scores.
public struct ScoreComparison: Sendable {
  public struct Change: Hashable, Sendable, Encodable {
    public var member: String
    public var name: String
    public var village: String
    public var before: Placing
    public var after: Placing
  }

  /// Where a score places a member.
  public struct Placing: Hashable, Sendable, Encodable {
    public var score: Points
    public var rank: Int
    public var band: ScoreBand?
    public var grade: String?
    public var reeducation: Bool

    init(_ score: MemberScore) {
      self.score = score.score
      self.rank = score.rank
      self.band = score.band
      self.grade = score.grade
      self.reeducation = score.reeducation
    }

    /// Whether anything published differs: the list, the grade or re-education.
    func differs(from other: Placing) -> Bool {
      band != other.band || grade != other.grade || reeducation != other.reeducation
    }
  }

  public var changes: [Change]
  /// How many members were compared.
  public var compared: Int

  /// Compares two boards of the same members and period.
  public init(current: ScoreBoard, proposed: ScoreBoard) {
    let after = Dictionary(proposed.scores.map { ($0.member, $0) }) { first, _ in first }
    changes = current.scores.compactMap { score in
      guard let other = after[score.member] else { return nil }
      let before = Placing(score)
      let placed = Placing(other)
      guard before.differs(from: placed) else { return nil }
      return Change(
        member: score.member, name: score.name, village: score.village, before: before,
        after: placed)
    }
    compared = current.scores.count
  }
}

extension Roster {
  /// The changes as a list: member, village, then score, list and grade before and after.
  public func comparisonListing(
    _ changes: [ScoreComparison.Change], language: Language
  )
    -> Listing
  {
    let zh = language == .zh
    func describe(_ placing: ScoreComparison.Placing) -> [String] {
      [
        placing.score.description, placing.band?.label(language) ?? "", placing.grade ?? "",
        placing.reeducation ? (zh ? "是" : "yes") : "",
      ]
    }
    return Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Member", zh: "党员"), .init(en: "Village", zh: "村"),
        .init(en: "Score now", zh: "现积分", alignment: .right), .init(en: "List now", zh: "现榜单"),
        .init(en: "Grade now", zh: "现等次"), .init(en: "Re-ed. now", zh: "现回炉"),
        .init(en: "Score then", zh: "新积分", alignment: .right), .init(en: "List then", zh: "新榜单"),
        .init(en: "Grade then", zh: "新等次"), .init(en: "Re-ed. then", zh: "新回炉"),
      ],
      rows: changes.map { change in
        [change.member, change.name, villageName(change.village)] + describe(change.before)
          + describe(change.after)
      })
  }
}
