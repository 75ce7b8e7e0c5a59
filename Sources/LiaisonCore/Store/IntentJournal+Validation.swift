import Foundation

/// A journal found in the folder is untrusted input: a folder may come on a USB stick or
/// in a zip, and a planted journal must not make liaison rename or append anywhere else.
///
/// It is checked whole before any step is taken. It may name only liaison's own files,
/// by the names liaison gives them: a top-level `*.json` file, a month's
/// `visits/YYYY-MM.jsonl` or `visits/YYYY-MM.next.json`, or `rules/*.json` — relative,
/// without `..`, `.` or empty parts — each staged under its own name plus `.tmp-` and a
/// number. Nothing it names may be a symbolic link, nor may `visits/` or `rules/` be, so
/// nothing is followed out of the folder; each line it appends is one JSON object on one
/// line within `LineLimit`.
extension IntentJournal {
  /// - Throws: `StoreError.journalRefused` saying what is wrong.
  func validate(in folder: DataFolder) throws {
    func refuse(_ detail: String) -> StoreError {
      StoreError.journalRefused(path: DataFolder.journalName, detail: detail)
    }
    guard !renames.isEmpty || !(appends ?? []).isEmpty else { throw refuse("names no change") }
    for rename in renames {
      guard Self.isOwnFile(rename.to) else {
        throw refuse("names \(Self.quoted(rename.to)), which is not one of liaison's own files")
      }
      guard Self.isStaged(rename.from, for: rename.to) else {
        throw refuse(
          "would move \(Self.quoted(rename.from)), which is not a staged copy of \(rename.to)")
      }
    }
    for append in appends ?? [] {
      guard Self.isOwnFile(append.log), append.log.hasSuffix(".jsonl") else {
        throw refuse("would append to \(Self.quoted(append.log)), which is not a visit log")
      }
      let line = Data(append.line.utf8)
      guard line.count <= LineLimit.bytes, !append.line.contains(where: \.isNewline),
        DurableWriter.isWholeJSON(line)
      else { throw refuse("would append to \(append.log) something that is not one record") }
    }
    let named = renames.flatMap { [$0.from, $0.to] } + (appends ?? []).map(\.log)
    for relative in named {
      let parts = relative.split(separator: "/")
      if parts.count == 2, FileKind.at(folder.file(String(parts[0]))) != .directory {
        throw refuse("names \(relative), but \(parts[0]) is not a folder inside the data folder")
      }
      let kind = FileKind.at(folder.file(relative))
      guard kind == .regular || kind == .missing else {
        throw refuse("names \(relative), which is \(kind.described.en)")
      }
    }
  }

  /// One of the names liaison gives its own files (see the type's summary).
  static func isOwnFile(_ relative: String) -> Bool {
    let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.allSatisfy(isPlainName) else { return false }
    switch parts.count {
    case 1: return parts[0].hasSuffix(".json") && parts[0] != DataFolder.journalName
    case 2 where parts[0] == DataFolder.visitsFolderName:
      let month = String(parts[1].prefix(7))
      let rest = parts[1].dropFirst(7)
      return YearMonth(parsing: month)?.description == month
        && (rest == ".jsonl" || rest == ".next.json")
    case 2 where parts[0] == DataFolder.rulesFolderName: return parts[1].hasSuffix(".json")
    default: return false
    }
  }

  /// `to` followed by `.tmp-` and the digits and dashes of a stage's tag.
  static func isStaged(_ from: String, for to: String) -> Bool {
    let prefix = to + ".tmp-"
    guard from.hasPrefix(prefix), from.count > prefix.count else { return false }
    return from.dropFirst(prefix.count).allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
  }

  /// A name with letters, digits, `.`, `_` and `-` only, not starting with a dot: never
  /// `..`, `.`, empty, or anything a shell or another system reads differently.
  private static func isPlainName(_ name: String) -> Bool {
    guard let first = name.first, first != "." else { return false }
    return name.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-")
    }
  }

  /// A name as a refusal shows it: quoted, cut short, control characters escaped.
  private static func quoted(_ name: String) -> String {
    let shown = name.prefix(120).unicodeScalars.map { scalar in
      scalar.value < 0x20 || scalar.value == 0x7F
        ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }.joined()
    return "'" + shown + (name.count > 120 ? "…" : "") + "'"
  }
}
