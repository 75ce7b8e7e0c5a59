import Foundation
import Glibc

/// Reads a file a clerk hands to a command — an import, a list of team people — from
/// anywhere, trusting nothing about it: only a regular file (a FIFO would hang the command,
/// `/dev/zero` would feed it without end), no larger than `limit`, and standard input no
/// further than `limit` either. A link is followed, as any program follows one to a file
/// the clerk chose; it must still end at a regular file.
public enum InputFile {
  /// The largest input read: a county's year of visit forms is about 650 MB as JSON Lines,
  /// far more than one import is planned for (an import holds some 40 times its file).
  public static let limit = 512 << 20

  /// The bytes of the file at `path` (absolute), named `shown` in messages.
  /// - Throws: `InputFileError` (exit 66 when it does not exist) saying what stands there
  ///   or that it is too large.
  public static func read(_ path: String, shown: String, limit: Int = limit) throws -> Data {
    // Looked at before opening, as the folder's own files are: opening some devices has
    // effects of its own.
    var before = stat()
    if stat(path, &before) == 0 { try refuseUnlessRegular(FileKind(mode: before.st_mode), shown) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      let code = errno
      throw InputFileError(
        path: shown,
        reason: code == ENOENT
          ? Localized(en: "no such file; check the path", zh: "文件不存在，请检查路径")
          : Localized(
            en: "cannot be opened (\(String(cString: strerror(code))))",
            zh: "无法打开（\(String(cString: strerror(code)))）"),
        exitStatus: code == ENOENT ? .noInput : .dataError)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw StoreError.io(path: shown, operation: "read", code: errno)
    }
    try refuseUnlessRegular(FileKind(mode: status.st_mode), shown)
    guard Int(status.st_size) <= limit else {
      throw tooLarge(shown, limit: limit)
    }
    try FileReader.refuseHoles(descriptor, size: Int(status.st_size), path: shown)
    return try readAll(descriptor, shown: shown, limit: limit)
  }

  /// Standard input to its end (`import … -`), refused once it passes `limit`.
  public static func readStandardInput(limit: Int = limit) throws -> Data {
    try readAll(STDIN_FILENO, shown: "-", limit: limit)
  }

  static func readAll(_ descriptor: Int32, shown: String, limit: Int) throws -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try buffer.withUnsafeMutableBytes {
        try FileReader.readSome(descriptor, into: $0.baseAddress!, count: $0.count, shown)
      }
      if count == 0 { return data }
      guard data.count + count <= limit else { throw tooLarge(shown, limit: limit) }
      data.append(buffer, count: count)
    }
  }

  private static func refuseUnlessRegular(_ kind: FileKind, _ shown: String) throws {
    guard kind != .regular else { return }
    throw InputFileError(
      path: shown,
      reason: Localized(
        en: "this is \(kind.described.en), not a file; give the path of a file",
        zh: "这是\(kind.described.zh)，不是文件；请给出文件的路径"),
      exitStatus: .noInput)
  }

  private static func tooLarge(_ shown: String, limit: Int) -> InputFileError {
    InputFileError(
      path: shown,
      reason: Localized(
        en: "larger than \(limit >> 20) MB, more than one import takes; split it by month",
        zh: "超过 \(limit >> 20) MB，超出一次导入的上限；请按月拆分后分别导入"))
  }
}
