/// A village or community (村 / 社区): the unit households and members belong to.
public struct Village: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  /// The official statistical code, e.g. `330881118201`, when the clerk has it.
  public var code: String?

  public init(id: String, name: String, code: String? = nil) {
    self.id = id
    self.name = name
    self.code = code
  }
}
