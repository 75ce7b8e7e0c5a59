import Foundation
import LiaisonCore

/// The `liaison` command line, runnable in-process: tests call `run` with their own
/// arguments, environment and console, and the executable calls it with the real ones.
public enum LiaisonCommandLine {
  public static let version = "0.1.0"

  /// Parses `arguments` (without the program name), runs the command and returns the exit
  /// status. Nothing is thrown: every failure becomes a message and a status.
  /// - Parameter fileSystem: where disk changes go; reliability tests pass one that fails.
  public static func run(
    arguments: [String], environment: [String: String], currentDirectory: String,
    console given: Console, fileSystem: FileSystem = POSIXFileSystem()
  ) -> Int32 {
    // Whatever a record holds reaches the screen or a file harmless (`UnsafeText`).
    let console = Console(
      standardOutput: { given.standardOutput(UnsafeText.visible($0)) },
      standardError: { given.standardError(UnsafeText.visible($0)) },
      rawStandardError: given.rawStandardError, terminalColumns: given.terminalColumns)
    if arguments.first == CompletionCallback.word {
      return CompletionCallback.run(
        arguments, environment: environment, currentDirectory: currentDirectory, console: console)
    }
    let tree = CommandTree.root
    let parser = ArgumentParser(root: tree.spec, globalOptions: CommandTree.globalOptions)
    let help = HelpFormatter(root: tree.spec, globalOptions: CommandTree.globalOptions)
    let width = OutputWidth.decide(
      terminalColumns: given.terminalColumns, environment: environment)
    var language = Language.resolve(explicit: nil, environment: environment) ?? .en
    let arguments = InputMethodSlips.mended(arguments)
    do {
      try refuseUnsafe(arguments)
      let outcome = try parser.parse(arguments)
      let globals: [String: String]
      switch outcome {
      case .run(let parsed): globals = parsed.globals
      case .help(_, let given), .version(let given): globals = given
      }
      language = try chooseLanguage(globals["lang"], environment: environment)
      if globals["lang"] == nil, let chosen = environment["LIAISON_LANG"], !chosen.isEmpty,
        Language(userValue: chosen) == nil
      {
        console.standardError(
          (language == .zh ? "警告：" : "Warning: ")
            + Localized(
              en: "LIAISON_LANG=\(chosen) is not a language liaison speaks (zh or en); it is "
                + "ignored.",
              zh: "LIAISON_LANG=\(chosen) 不是可用的语言（zh 或 en），已忽略。")(language) + "\n")
      }
      switch outcome {
      case .help(let path, _):
        console.standardOutput(help.help(for: path, language: language, width: width))
        return ExitStatus.success.rawValue
      case .version:
        console.standardOutput(
          "liaison \(version) (data folder format \(Manifest.currentFormat); reads formats 1–"
            + "\(Manifest.currentFormat))\n")
        return ExitStatus.success.rawValue
      case .run(let parsed):
        guard let run = tree.find(parsed.path)?.run else {
          console.standardOutput(help.help(for: parsed.path, language: language, width: width))
          return ExitStatus.success.rawValue
        }
        let context = CommandContext(
          parsed: parsed, language: language, environment: environment,
          currentDirectory: currentDirectory, console: console,
          clock: Clock.from(
            environment: environment,
            timeZone: Manifest.zone(
              explicit: parsed.globals["data"], environment: environment,
              currentDirectory: currentDirectory,
              creating: parsed.path == ["init"]
                ? parsed.value("time-zone") ?? Manifest.defaultTimeZone : nil)),
          fileSystem: fileSystem, width: width)
        // Whatever the command derived lands only if it succeeds (nothing is left to discard
        // after a commit).
        defer { context.pendingIndexes.discard() }
        do {
          try context.refuseUnusableToday()
          try context.checkOutputPath()
          try context.refuseUnwritableFormat(options: tree.find(parsed.path)?.spec.options ?? [])
          try run(context)
          try context.writeCollectedOutput()
          context.pendingIndexes.commit()
          return ExitStatus.success.rawValue
        } catch let error as LiaisonError where error.exitStatus == .usage {
          let usage = UsageError(message: error.message, path: parsed.path, globals: parsed.globals)
          console.standardError(help.errorReport(usage, language: language, width: width))
          return ExitStatus.usage.rawValue
        } catch var usage as UsageError where usage.path.isEmpty {
          // Thrown by a command (options that do not go together): its own usage line.
          usage.path = parsed.path
          usage.globals = parsed.globals
          console.standardError(help.errorReport(usage, language: language, width: width))
          return ExitStatus.usage.rawValue
        }
      }
    } catch let error as UsageError {
      console.standardError(help.errorReport(error, language: language, width: width))
      return ExitStatus.usage.rawValue
    } catch let error as LiaisonError {
      console.standardError((language == .zh ? "错误：" : "Error: ") + error.message(language) + "\n")
      return error.exitStatus.rawValue
    } catch {
      let text = Localized(
        en: "Unexpected failure: \(error.localizedDescription). Nothing further was changed.",
        zh: "意外错误：\(error.localizedDescription)。未作进一步改动。")
      console.standardError((language == .zh ? "错误：" : "Error: ") + text(language) + "\n")
      return ExitStatus.failure.rawValue
    }
  }

  /// Typed text with a control character (an ESC pasted from a terminal, a bidi override)
  /// is refused before anything runs: it would act on every screen and sheet it reached.
  private static func refuseUnsafe(_ arguments: [String]) throws {
    for (index, argument) in arguments.enumerated() {
      guard let scalar = UnsafeText.firstUnsafe(in: argument) else { continue }
      let option = index > 0 && arguments[index - 1].hasPrefix("-") ? arguments[index - 1] : nil
      let place = option.map { "\($0) " } ?? ""
      throw UsageError(
        message: Localized(
          en: "The value of \(place)holds the control character \(UnsafeText.name(scalar)), which "
            + "would act on terminals and spreadsheets instead of showing; type it again without it.",
          zh: "\(place)的值含有控制字符 \(UnsafeText.name(scalar))，它会在终端和表格中起作用而不是显示；"
            + "请去掉后重新输入。"))
    }
  }

  private static func chooseLanguage(
    _ explicit: String?, environment: [String: String]
  ) throws
    -> Language
  {
    if let explicit, Language(userValue: explicit) == nil {
      throw UsageError(
        message: Localized(
          en: "'\(explicit)' is not a language liaison speaks: use --lang zh or --lang en.",
          zh: "'\(explicit)' 不是可用的语言：请用 --lang zh 或 --lang en。"))
    }
    return Language.resolve(explicit: explicit, environment: environment) ?? .en
  }
}
