import LiaisonCore

/// `liaison __complete <member|household|village|grid> [--data DIR]`: the words the
/// completion scripts offer for a record, one a line, from the folder the line being
/// completed names (its `--data`, else `LIAISON_DATA`, else the folder found upwards).
///
/// Not a command of the tree: it is for the scripts, not for clerks, so help and
/// completion do not show it. It never fails aloud: outside a data folder, or for a folder
/// that does not read, it prints nothing and a Tab offers nothing.
enum CompletionCallback {
  static let word = "__complete"

  static func run(
    _ arguments: [String], environment: [String: String], currentDirectory: String,
    console: Console
  ) -> Int32 {
    guard arguments.count >= 2, let kind = RosterCompletion.Kind(rawValue: arguments[1]) else {
      return ExitStatus.usage.rawValue
    }
    var explicit: String?
    for (index, argument) in arguments.enumerated() {
      if argument == "--data", index + 1 < arguments.count {
        explicit = arguments[index + 1]
      } else if argument.hasPrefix("--data=") {
        explicit = String(argument.dropFirst("--data=".count))
      }
    }
    guard
      let folder = try? DataFolder.locate(
        explicit: explicit, environment: environment, currentDirectory: currentDirectory)
    else { return ExitStatus.success.rawValue }
    let words = RosterCompletion.words(kind, folder: folder)
    if !words.isEmpty { console.standardOutput(words.joined(separator: "\n") + "\n") }
    return ExitStatus.success.rawValue
  }
}
