/// One thing `liaison check` found wrong, located by file and line.
public struct CheckProblem: Sendable, Hashable, CustomStringConvertible {
  /// The file, relative to the data folder.
  public var file: String
  public var line: Int?
  public var message: Localized
  /// Whether `check --repair` can mend it safely.
  public var repairable: Bool

  public init(file: String, line: Int? = nil, message: Localized, repairable: Bool = false) {
    self.file = file
    self.line = line
    self.message = message
    self.repairable = repairable
  }

  /// `members.json:4: …`, one line as `check` prints it.
  public func text(_ language: Language) -> String {
    (line.map { "\(file):\($0)" } ?? file) + ": " + message(language)
  }

  public var description: String { text(.en) }
}
