#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What stands at a path, as `lstat` sees it: liaison reads and writes regular files only.
///
/// A FIFO would hang a reader holding the lock, a device (`/dev/zero`) would feed it
/// without end, and a symbolic link would lead a folder from a USB stick outside itself.
enum FileKind: Equatable {
  case missing, regular, directory, symbolicLink, fifo, device, socket

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .fifo
    case S_IFCHR, S_IFBLK: self = .device
    default: self = .socket
    }
  }

  /// What stands at `path` itself (a symbolic link is not followed).
  static func at(_ path: String) -> FileKind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    return FileKind(mode: status.st_mode)
  }

  /// Refuses, before any open, a path where something other than a regular file stands:
  /// opening some devices has effects of its own.
  static func refuseUnlessRegularOrMissing(_ path: String) throws {
    let kind = at(path)
    guard kind == .regular || kind == .missing else {
      throw StoreError.notRegularFile(path: path, kind: kind.described)
    }
  }

  /// The error for a failed `open` with `O_NOFOLLOW`: a symbolic link in the way, or `code`.
  static func openFailure(_ path: String, operation: String, code: Int32) -> StoreError {
    code == ELOOP
      ? StoreError.notRegularFile(path: path, kind: FileKind.symbolicLink.described)
      : StoreError.io(path: path, operation: operation, code: code)
  }

  /// The kind, as a refusal names it.
  var described: Localized {
    switch self {
    case .missing: Localized(en: "missing", zh: "不存在")
    case .regular: Localized(en: "a regular file", zh: "普通文件")
    case .directory: Localized(en: "a folder", zh: "文件夹")
    case .symbolicLink: Localized(en: "a symbolic link", zh: "符号链接")
    case .fifo: Localized(en: "a named pipe (FIFO)", zh: "命名管道（FIFO）")
    case .device: Localized(en: "a device", zh: "设备文件")
    case .socket: Localized(en: "a socket", zh: "套接字")
    }
  }
}
