import Foundation
import LiaisonCore

/// Where a command writes: data to standard output, messages to standard error.
public struct Console: Sendable {
  public var standardOutput: @Sendable (String) -> Void
  public var standardError: @Sendable (String) -> Void
  /// Standard error as it is, for the terminal codes of a line rewritten in place (a
  /// progress line); `standardError` shows such codes written out instead.
  public var rawStandardError: @Sendable (String) -> Void
  /// The width of the terminal standard output goes to, when it goes to one
  /// (`OutputWidth.ofTerminal()`); nil for a pipe, a file, or a test.
  public var terminalColumns: Int?

  public init(
    standardOutput: @escaping @Sendable (String) -> Void,
    standardError: @escaping @Sendable (String) -> Void,
    rawStandardError: (@Sendable (String) -> Void)? = nil, terminalColumns: Int? = nil
  ) {
    self.standardOutput = standardOutput
    self.standardError = standardError
    self.rawStandardError = rawStandardError ?? standardError
    self.terminalColumns = terminalColumns
  }
}

/// Everything a command needs: its parsed arguments, the language, the clock, the console
/// and a way to open the data folder.
final class CommandContext: Sendable {
  let parsed: ParsedCommand
  let language: Language
  let environment: [String: String]
  let currentDirectory: String

  /// A path the clerk typed, made absolute against the folder the command was run in.
  func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : currentDirectory + "/" + path
  }
  let console: Console
  let clock: Clock
  let fileSystem: FileSystem
  /// How many columns text output is laid out in (`OutputWidth.decide`).
  let width: Int
  /// What the command's reading sessions derived, put in place once it has succeeded.
  let pendingIndexes = PendingIndexes()

  init(
    parsed: ParsedCommand, language: Language, environment: [String: String],
    currentDirectory: String, console: Console, clock: Clock, fileSystem: FileSystem,
    width: Int
  ) {
    self.width = width
    self.fileSystem = fileSystem
    self.parsed = parsed
    self.language = language
    self.environment = environment
    self.currentDirectory = currentDirectory
    self.console = console
    self.clock = clock
  }

  /// The data folder named by `--data`, `LIAISON_DATA` or found upwards, opened with the
  /// lock wait `LIAISON_LOCK_TIMEOUT` (seconds, default 5).
  func store() throws -> LiaisonStore { try store(nil) }

  /// The data folder `explicit` names, else as `store()` finds it.
  func store(_ explicit: String?) throws -> LiaisonStore {
    let folder = try DataFolder.locate(
      explicit: explicit ?? parsed.globals["data"], environment: environment,
      currentDirectory: currentDirectory)
    let timeout = try lockTimeout()
    return LiaisonStore(
      folder: folder, lockTimeout: timeout, fileSystem: fileSystem, pending: pendingIndexes
    ) {
      [self] in warn($0)
    }
  }

  /// `LIAISON_LOCK_TIMEOUT`: seconds, from 0 to an hour; 5 when unset.
  /// - Throws: `EnvironmentSettingError` for anything else (`nan`, `-1`, `soon`), which
  ///   would otherwise wait for ever, not at all, or print as "held it for nan s".
  func lockTimeout() throws -> Double {
    guard let text = environment["LIAISON_LOCK_TIMEOUT"], !text.isEmpty else { return 5 }
    guard let seconds = Double(text), seconds.isFinite, (0...3600).contains(seconds) else {
      throw EnvironmentSettingError(
        message: Localized(
          en: "LIAISON_LOCK_TIMEOUT is '\(text)'; set it to the seconds to wait for another "
            + "liaison command, a number from 0 to 3600 such as 5, or unset it.",
          zh: "LIAISON_LOCK_TIMEOUT 为 '\(text)'；请设为等待其他 liaison 命令的秒数（0 到 3600 之间的数，如 5），或取消设置。"))
    }
    return seconds
  }

  /// `LIAISON_TODAY` fixes "today" for reproducible reports; one that is not a day would
  /// silently give the real date, so it stops the command instead.
  func refuseUnusableToday() throws {
    guard let text = Clock.unusableToday(environment: environment) else { return }
    throw EnvironmentSettingError(
      message: Localized(
        en: "LIAISON_TODAY is '\(text)'; set it to a day such as 2026-11-30, or unset it to use "
          + "today's date.",
        zh: "LIAISON_TODAY 为 '\(text)'；请设为日期（如 2026-11-30），或取消设置以使用当天日期。"))
  }

  /// `LIAISON_IMPORT_BACKUPS`: how many automatic backups before imports to keep, 0 for none;
  /// 5 when unset.
  func importBackupsToKeep() throws -> Int {
    guard let text = environment["LIAISON_IMPORT_BACKUPS"], !text.isEmpty else { return 5 }
    guard let count = Int(text), (0...1000).contains(count) else {
      throw EnvironmentSettingError(
        message: Localized(
          en: "LIAISON_IMPORT_BACKUPS is '\(text)'; set it to how many backups before imports "
            + "to keep, a whole number from 0 (none) to 1000, or unset it to keep 5.",
          zh: "LIAISON_IMPORT_BACKUPS 为 '\(text)'；请设为导入前自动备份的保留份数（0 到 1000 的整数，0 为不备份），"
            + "或取消设置（保留 5 份）。"))
    }
    return count
  }

  /// Who is typing: `LIAISON_CLERK`, else the login name.
  var clerk: String {
    environment["LIAISON_CLERK"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }

  /// Writes data to standard output, or, when the command was given `-o FILE`, collects it
  /// for `writeCollectedOutput` to put in the file once the command has succeeded.
  func output(_ text: String) {
    if value("output") != nil { collected.append(text) } else { console.standardOutput(text) }
  }
  let collected = CollectedOutput()

  /// Tells the clerk something on standard error, in their language.
  func say(_ text: Localized) { console.standardError(text(language) + "\n") }

  func warn(_ text: Localized) {
    console.standardError((language == .zh ? "警告：" : "Warning: ") + text(language) + "\n")
  }

  /// What an `add` prints: the new id alone on standard output, for scripts, and a
  /// sentence on standard error, for people.
  func reportAdded(_ id: String, _ sentence: Localized) {
    output(id + "\n")
    say(sentence)
  }

  /// Prints records as the `--format` option asks.
  func emit<T: Encodable>(_ records: [T], _ listing: Listing) throws {
    switch try format() {
    case .table:
      if listing.rows.isEmpty {
        say(Localized(en: "Nothing to list.", zh: "没有记录。"))
      } else {
        output(listing.table(language, width: width))
      }
    case .json: output(try JSONOutput.encode(records))
    case .csv: output(listing.csv(language))
    }
  }

  /// Prints one record: field by field as a table, or as a JSON object or a CSV row.
  func emitOne<T: Encodable>(_ record: T, _ listing: Listing) throws {
    switch try format() {
    case .table: output(listing.fieldsTable(row: 0, language: language, width: width))
    case .json: output(try JSONOutput.encode(record))
    case .csv: output(listing.csv(language))
    }
  }
}
