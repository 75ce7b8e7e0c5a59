/// The same period's index under the rules in force and under proposed rules
/// (`index what-if`): every village with both indexes and grades, changed ones marked.
public struct IndexComparison: Encodable, Sendable {
  public struct Row: Encodable, Sendable, Hashable {
    public var village: String
    public var name: String
    public var current: Points
    public var proposed: Points
    public var currentGrade: String
    public var proposedGrade: String
    public var gradeChanges: Bool { currentGrade != proposedGrade }

    enum CodingKeys: String, CodingKey {
      case village, name, current, proposed, currentGrade, proposedGrade, gradeChanges
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(village, forKey: .village)
      try container.encode(name, forKey: .name)
      try container.encode(current, forKey: .current)
      try container.encode(proposed, forKey: .proposed)
      try container.encode(currentGrade, forKey: .currentGrade)
      try container.encode(proposedGrade, forKey: .proposedGrade)
      try container.encode(gradeChanges, forKey: .gradeChanges)
    }
  }

  public var period: String
  public var villages: [Row]

  public init(current: VillageIndexBoard, proposed: VillageIndexBoard) {
    period = current.period.label
    villages = current.villages.map { village in
      let other = proposed.index(of: village.village)
      return Row(
        village: village.village, name: village.name, current: village.index,
        proposed: other?.index ?? .zero, currentGrade: village.grade,
        proposedGrade: other?.grade ?? "")
    }
  }

  /// Villages whose grade would change.
  public var changes: Int { villages.count(where: \.gradeChanges) }
}
