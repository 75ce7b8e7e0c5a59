import Foundation
import Glibc

/// Writes that survive a crash at any instant: whole-file replacement, appends of whole
/// lines, and changes to several files at once through an intent journal.
struct DurableWriter {
  let folder: DataFolder
  let fileSystem: FileSystem

  /// Replaces `relative` with `contents`: a temporary file is written and synced, renamed
  /// over the target, and the directory synced. Readers see the old or the new file, never
  /// a mix; the file keeps its mode (new files are private, 0600).
  func replace(_ relative: String, with contents: Data) throws {
    let staged = try stage(relative, contents: contents, tag: "\(getpid())")
    IndexFolder.forget(relative, in: folder)
    try fileSystem.rename(folder.file(staged), to: folder.file(relative))
    try fileSystem.syncDirectory(directory(of: relative))
  }

  /// Appends one line (the caller's bytes end with a newline) and syncs it.
  ///
  /// A torn line left by a command killed mid-append was never acknowledged; it is cut off
  /// first so that the new line starts on a line of its own. A final line that is whole but
  /// merely lacks its newline (a hand edit) is kept and given one.
  /// - Returns: the bytes of a torn line that was cut off, for the caller to report.
  @discardableResult
  func appendLine(_ relative: String, _ line: Data, keepTail: (Data) -> Bool) throws -> Data? {
    let path = folder.file(relative)
    let existed = FileManager.default.fileExists(atPath: path)
    let descriptor = try fileSystem.openForWriting(path, append: true, truncate: false, mode: 0o600)
    defer { fileSystem.close(descriptor) }
    let (needsNewline, cut) = try mendTail(descriptor, path: path, keepTail: keepTail)
    var bytes = line
    if needsNewline { bytes.insert(UInt8(ascii: "\n"), at: 0) }
    try fileSystem.write(descriptor, bytes, path: path)
    try fileSystem.sync(descriptor, path: path)
    if !existed { try fileSystem.syncDirectory(directory(of: relative)) }
    return cut
  }

  /// Cuts a torn last line off a log (or ends a whole one with its newline), for
  /// `check --repair`.
  /// - Returns: whether a newline was added, and the bytes cut off.
  func mendLastLine(
    _ relative: String, keepTail: (Data) -> Bool
  ) throws -> (
    addedNewline: Bool, cut: Data?
  ) {
    let path = folder.file(relative)
    guard FileManager.default.fileExists(atPath: path) else { return (false, nil) }
    let descriptor = try fileSystem.openForWriting(path, append: true, truncate: false, mode: 0o600)
    defer { fileSystem.close(descriptor) }
    let (needsNewline, cut) = try mendTail(descriptor, path: path, keepTail: keepTail)
    if needsNewline { try fileSystem.write(descriptor, Data("\n".utf8), path: path) }
    if needsNewline || cut != nil { try fileSystem.sync(descriptor, path: path) }
    return (needsNewline, cut)
  }

  /// Whether a last line is a whole JSON object: kept (it only lacks its newline), even when
  /// a value in it is wrong — that is for `check` to report and a person to fix, not for a
  /// repair to delete.
  static func isWholeJSON(_ line: Data) -> Bool {
    (try? JSONSerialization.jsonObject(with: line)) is [String: Any]
  }

  /// Looks at the end of an open log: a last line without its newline is either kept
  /// (`keepTail` says it is a whole record; it then needs a newline before anything else)
  /// or cut off.
  private func mendTail(
    _ descriptor: Int32, path: String, keepTail: (Data) -> Bool
  ) throws -> (
    needsNewline: Bool, cut: Data?
  ) {
    let size = Int(lseek(descriptor, 0, SEEK_END))
    guard size > 0, let tail = try unterminatedTail(descriptor, size: size, path: path) else {
      return (false, nil)
    }
    if keepTail(tail) { return (true, nil) }
    try fileSystem.truncate(descriptor, to: size - tail.count, path: path)
    return (false, tail)
  }

  /// Replaces several files so that a crash leaves all or none of them changed.
  ///
  /// Each new file is staged and synced; then a journal naming the renames is written
  /// atomically — the moment the change counts as made — and the renames are carried out.
  /// A crash after the journal lands is finished by `recover()` on the next open.
  func replace(_ files: [String: Data]) throws {
    guard files.count > 1 else {
      if let (relative, contents) = files.first { try replace(relative, with: contents) }
      return
    }
    try replace(files, appending: [:])
  }

  /// Replaces several files and appends one line to each of some logs, all landing together
  /// or not at all (a visit and the needs raised on it).
  ///
  /// The lines are written into the journal with the renames; carrying the journal out
  /// appends each line unless its log already ends with it, so finishing a journal twice
  /// never adds a line twice.
  /// - Returns: torn lines cut off the logs' ends on the way, by log, for the caller to report.
  @discardableResult
  func replace(_ files: [String: Data], appending lines: [String: Data]) throws -> [String: Data] {
    let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var plan = IntentJournal(renames: [])
    for (relative, contents) in files.sorted(by: { $0.key < $1.key }) {
      let staged = try stage(relative, contents: contents, tag: tag)
      plan.renames.append(.init(from: staged, to: relative))
    }
    if !lines.isEmpty {
      plan.appends = lines.sorted { $0.key < $1.key }.map {
        .init(log: $0.key, line: String(decoding: $0.value, as: UTF8.self))
      }
    }
    try replace(DataFolder.journalName, with: try plan.encoded())
    return try carryOut(plan)
  }

  /// Finishes a change that a killed command left half done, and clears away staged files
  /// of changes that never reached their journal. Call with the exclusive lock held.
  /// - Returns: what was done, for `check --repair` to report; empty when nothing was.
  @discardableResult
  func recover() throws -> [Localized] {
    var done: [Localized] = []
    if let plan = try interruptedChange() {
      try carryOut(plan)
      done.append(
        Localized(
          en: "finished an interrupted change to \(plan.renames.map(\.to).joined(separator: ", "))",
          zh: "完成了一次中断的修改：\(plan.renames.map(\.to).joined(separator: "、"))"))
    }
    for relative in strayStagedFiles() {
      try fileSystem.remove(folder.file(relative))
      done.append(Localized(en: "removed stray \(relative)", zh: "删除了残留文件 \(relative)"))
    }
    return done
  }

  /// Whether a journal stands in the folder (even one that is not a regular file, which
  /// `interruptedChange` then refuses).
  var hasInterruptedChange: Bool { FileKind.at(folder.journal) != .missing }

  /// The journal a killed command left, read and validated whole before any step of it is
  /// taken; nil when there is none.
  /// - Throws: `StoreError.journalRefused` when it names anything but liaison's own files
  ///   inside the folder; it is then left in place, not carried out.
  func interruptedChange() throws -> IntentJournal? {
    guard let data = try FileReader.contents(folder.journal, limit: IntentJournal.maximumBytes)
    else { return nil }
    let plan = try IntentJournal.decode(data, path: folder.journal)
    try plan.validate(in: folder)
    return plan
  }

  @discardableResult
  private func carryOut(_ plan: IntentJournal) throws -> [String: Data] {
    var directories: Set<String> = [folder.path]
    for rename in plan.renames where FileKind.at(folder.file(rename.from)) != .missing {
      // Nothing derived from a file may outlive it: inode numbers are reused.
      IndexFolder.forget(rename.to, in: folder)
      try fileSystem.rename(folder.file(rename.from), to: folder.file(rename.to))
      directories.insert(directory(of: rename.to))
    }
    for directory in directories.sorted() { try fileSystem.syncDirectory(directory) }
    var cut: [String: Data] = [:]
    for append in plan.appends ?? [] {
      cut[append.log] = try appendLineOnce(append.log, Data((append.line + "\n").utf8))
    }
    try fileSystem.remove(folder.journal)
    try fileSystem.syncDirectory(folder.path)
    return cut
  }

  /// Appends `line` (ending with its newline) unless the log already ends with it — a
  /// journal carried out a second time after a crash — or with all of it but the newline.
  private func appendLineOnce(_ relative: String, _ line: Data) throws -> Data? {
    let path = folder.file(relative)
    if FileManager.default.fileExists(atPath: path) {
      let descriptor = try fileSystem.openForWriting(
        path, append: true, truncate: false, mode: 0o600)
      defer { fileSystem.close(descriptor) }
      let size = Int(lseek(descriptor, 0, SEEK_END))
      if size >= line.count - 1 {
        let tail = try read(descriptor, count: min(size, line.count), endingAt: size)
        if tail.elementsEqual(line) { return nil }
        if tail.suffix(line.count - 1).elementsEqual(line.dropLast()) {
          try fileSystem.write(descriptor, Data("\n".utf8), path: path)
          try fileSystem.sync(descriptor, path: path)
          return nil
        }
      }
    }
    return try appendLine(relative, line, keepTail: DurableWriter.isWholeJSON)
  }

  private func read(_ descriptor: Int32, count: Int, endingAt size: Int) throws -> Data {
    var buffer = [UInt8](repeating: 0, count: count)
    guard pread(descriptor, &buffer, count, off_t(size - count)) == count else {
      throw StoreError.io(path: folder.path, operation: "read", code: errno)
    }
    return Data(buffer)
  }

  /// Writes `contents` beside `relative` under a temporary name, synced; returns that name.
  private func stage(_ relative: String, contents: Data, tag: String) throws -> String {
    let staged = "\(relative).tmp-\(tag)"
    let path = folder.file(staged)
    var info = stat()
    let mode: mode_t = stat(folder.file(relative), &info) == 0 ? info.st_mode & 0o777 : 0o600
    let descriptor = try fileSystem.openForWriting(path, append: false, truncate: true, mode: mode)
    defer { fileSystem.close(descriptor) }
    do {
      // open() applies the umask; the replaced file keeps exactly the mode it had.
      try fileSystem.setMode(descriptor, mode, path: path)
      try fileSystem.write(descriptor, contents, path: path)
      try fileSystem.sync(descriptor, path: path)
    } catch {
      try? fileSystem.remove(path)
      throw error
    }
    return staged
  }

  /// The last line when it lacks its newline, found by reading backwards a block at a
  /// time: a torn line can be as long as any line liaison writes (`LineLimit`), and every
  /// byte of it must go before the next line is appended, or the two would be glued
  /// together into a line that never parses.
  /// - Throws: `StoreError.unreadable` when no newline comes within `LineLimit`: such a
  ///   tail is no line liaison wrote, and cutting it could destroy records.
  private func unterminatedTail(_ descriptor: Int32, size: Int, path: String) throws -> Data? {
    // The last byte alone first: nearly always a newline, and then nothing more is read.
    guard try read(descriptor, count: 1, endingAt: size).first != UInt8(ascii: "\n") else {
      return nil
    }
    // Blocks from the end backwards, joined once the line's start is found.
    var blocks: [Data] = []
    var end = size
    while end > 0 {
      let count = min(end, 1 << 16)
      let block = try read(descriptor, count: count, endingAt: end)
      end -= count
      let newline = block.lastIndex(of: UInt8(ascii: "\n"))
      blocks.append(newline.map { Data(block[($0 + 1)...]) } ?? block)
      if blocks.reduce(0, { $0 + $1.count }) > LineLimit.bytes {
        throw FileReader.overlong(path, line: nil)
      }
      if newline != nil { break }
    }
    return blocks.reversed().reduce(into: Data()) { $0.append($1) }
  }

  /// A name `stage` gives: one of liaison's own files followed by `.tmp-`. Anything else a
  /// clerk keeps in the folder is left alone.
  static func isStagedName(_ name: String) -> Bool {
    guard let range = name.range(of: ".tmp-") else { return false }
    let target = String(name[..<range.lowerBound])
    return RosterFiles.names.contains(target) || target == DataFolder.manifestName
      || target == DataFolder.journalName || target.hasSuffix(".jsonl")
      || target.hasSuffix(".next.json") || DataFolder.recordFileNames.contains(target)
      || target == DataFolder.retiredName || target == FolderGitignore.name
  }

  func strayStagedFiles() -> [String] {
    var found: [String] = []
    for (directory, prefix) in [
      (folder.path, ""), (folder.visitsFolder, "visits/"), (folder.rulesFolder, "rules/"),
    ] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      // Everything in rules/ is liaison's own JSON (needs.json, scoring.json, a village's).
      let staged = names.filter {
        prefix == "rules/" ? $0.contains(".json.tmp-") : Self.isStagedName($0)
      }
      found += staged.map { prefix + $0 }
    }
    return found.sorted()
  }

  private func directory(of relative: String) -> String {
    let parent = (relative as NSString).deletingLastPathComponent
    return parent.isEmpty ? folder.path : folder.file(parent)
  }
}
