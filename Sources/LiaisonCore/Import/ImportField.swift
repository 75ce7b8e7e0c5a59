/// A field an import fills, with the header texts that name it.
public struct ImportField: Sendable, Equatable {
  /// The English field name, as in the data files (`phone`).
  public var name: String
  /// Header texts that mean this field, Chinese first; the first is shown in messages.
  /// Matching normalises them (see ``HeaderMatcher/normalize(_:)``).
  public var aliases: [String]
  /// Whether a file without this column cannot be imported.
  public var isRequired: Bool

  public init(name: String, aliases: [String], isRequired: Bool = false) {
    self.name = name
    self.aliases = aliases
    self.isRequired = isRequired
  }

  /// How messages name the field: `联系电话 (phone)`.
  public var label: String {
    guard let first = aliases.first, first != name else { return name }
    return "\(first) (\(name))"
  }
}
