/// Someone who serves on a team: a township cadre, a police officer, a lawyer, a co-opted
/// entrepreneur. Most are not on a village's Party roster, so they have their own record,
/// linked to a roster member when they are one. A line of `team-people.json`.
public struct TeamPerson: Codable, Hashable, Sendable, Identifiable {
  /// `TP001`.
  public var id: String
  public var name: String
  public var phone: String?
  /// Where they work (镇农业办, 县司法局 …).
  public var unit: String?
  /// Their usual role: a `TeamRole` value or the township's own word. The role on a team
  /// is kept on the seat, since one person may serve two teams differently.
  public var role: String
  /// The roster member they are, when they are one (`M0012`).
  public var member: String?
  public var note: String?

  public init(
    id: String, name: String, phone: String? = nil, unit: String? = nil,
    role: String = TeamRole.member.rawValue, member: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.phone = phone
    self.unit = unit
    self.role = role
    self.member = member
    self.note = note
  }
}
