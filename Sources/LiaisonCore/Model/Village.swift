/// A village or community (村 / 社区): the unit households and members belong to.
public struct Village: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  /// The official statistical code, e.g. `330881118201`, when the clerk has it.
  public var code: String?
  /// The first day the village is on the roster; absent: from the beginning.
  public var since: Day?

  public init(id: String, name: String, code: String? = nil, since: Day? = nil) {
    self.id = id
    self.name = name
    self.code = code
    self.since = since
  }

  /// Whether the village had come onto the roster by the end of `day`.
  public func hasStarted(by day: Day) -> Bool { since.map { $0 <= day } ?? true }
}
