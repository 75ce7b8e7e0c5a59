import Foundation
import Glibc

/// A file a clerk asked for outside the data folder — a report (`-o`), an export
/// (`--out`), rejected rows (`--rejected`) — checked before anything is computed and
/// written whole, private to the clerk.
///
/// The rules, the same for every such file:
/// - never inside a data folder (one holding `liaison.json`, found by resolving the
///   path's folder and looking upwards): those files change only through the store;
/// - only a regular file is replaced; a folder, a device, a FIFO or a symbolic link at the
///   path is refused. Symbolic links are not written through: a link's target could be
///   anywhere, even a data file, so the clerk names the target itself;
/// - the file appears whole or not at all (written beside it under a hidden name, synced,
///   renamed over it) and is created 0600 whatever the umask: it holds residents' phones.
public struct OutputFile: Sendable {
  /// The path as the clerk typed it, for messages.
  public let shown: String
  /// The path with its folder resolved (symbolic links in the folders followed).
  public let path: String

  /// Checks `typed` (made absolute as `absolute`) as a place to write.
  /// - Throws: `OutputPathError` when it is refused.
  public init(_ typed: String, absolute: String) throws {
    shown = typed
    // Split by hand: Foundation's path standardizing resolves symbolic links, and the
    // last part must be looked at as it stands.
    var trimmed = Substring(absolute)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    let slash = trimmed.lastIndex(of: "/") ?? trimmed.startIndex
    let name = String(trimmed[trimmed.index(after: slash)...])
    let parent = try Self.resolvedFolder(String(trimmed[..<slash]), shown: typed)
    path = (parent == "/" ? "" : parent) + "/" + name
    if let folder = Self.dataFolder(holding: parent) {
      throw OutputPathError.insideDataFolder(path: typed, folder: folder)
    }
    let kind = FileKind.at(path)
    guard [.missing, .regular].contains(kind), !["", ".", ".."].contains(name) else {
      throw OutputPathError.notRegularFile(
        path: typed, kind: (kind == .missing ? .directory : kind).described)
    }
  }

  /// Writes `data` as the whole file.
  public func write(_ data: Data, fileSystem: FileSystem) throws {
    try write(fileSystem: fileSystem) { try $0(data) }
  }

  /// Writes what `produce` hands its `write` piece by piece; the file appears only once
  /// `produce` has finished, and not at all if it throws.
  public func write(
    fileSystem: FileSystem, _ produce: (_ write: (Data) throws -> Void) throws -> Void
  ) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let staged =
      folder + "/." + (path as NSString).lastPathComponent
      + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    do {
      let descriptor = try onDisk {
        try fileSystem.openForWriting(staged, append: false, truncate: true, mode: 0o600)
      }
      do {
        defer { fileSystem.close(descriptor) }
        try onDisk { try fileSystem.setMode(descriptor, 0o600, path: staged) }
        // What `produce` throws of its own (a log that does not read) passes as it is.
        try produce { data in try onDisk { try fileSystem.write(descriptor, data, path: staged) } }
        try onDisk { try fileSystem.sync(descriptor, path: staged) }
      }
      try onDisk {
        try fileSystem.rename(staged, to: path)
        try fileSystem.syncDirectory(folder)
      }
    } catch {
      try? fileSystem.remove(staged)
      throw error
    }
  }

  /// Runs a step of writing the file, a failure of which is this file's, told by its path.
  private func onDisk<T>(_ step: () throws -> T) throws -> T {
    do {
      return try step()
    } catch StoreError.io(_, _, let code) {
      throw OutputPathError.cannotWrite(path: shown, code: code)
    }
  }

  /// Makes a folder for output (`export all --format csv --out DIR`, a backup's parent)
  /// and any missing parents, 0700 whatever the umask; an existing folder is kept as it is.
  /// - Parameter ownBackups: a data folder whose `backups/` (and folders below it, but not
  ///   inside a backup) may be chosen, as `backup` does by default.
  /// - Returns: the folder's resolved path.
  /// - Throws: `OutputPathError` when it is inside a data folder, is not a folder, or
  ///   cannot be made.
  @discardableResult
  public static func makeFolder(
    _ typed: String, absolute: String, fileSystem: FileSystem, ownBackups: DataFolder? = nil
  ) throws -> String {
    let standardized = (absolute as NSString).standardizingPath
    var missing: [String] = []
    var existing = standardized
    while FileKind.at(existing) == .missing, existing != "/" {
      missing.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
    }
    guard FileKind.at(existing) != .regular else { throw OutputPathError.notAFolder(path: typed) }
    var folder = try resolvedFolder(existing, shown: typed)
    if let data = dataFolder(holding: folder) {
      let own = ownBackups.flatMap { try? resolvedFolder($0.path, shown: typed) }
      let backups = data + "/" + Backup.defaultFolderName
      let target = ([folder] + missing).joined(separator: "/")
      guard data == own, (target + "/").hasPrefix(backups + "/") else {
        throw OutputPathError.insideDataFolder(path: typed, folder: data)
      }
    }
    for name in missing {
      let parent = folder
      folder += (folder == "/" ? "" : "/") + name
      do {
        try fileSystem.makeDirectory(folder, mode: 0o700)
        // mkdir applies the umask; the folder is private whatever it is.
        guard chmod(folder, 0o700) == 0 else {
          throw StoreError.io(path: folder, operation: "create", code: errno)
        }
        try fileSystem.syncDirectory(parent)
      } catch StoreError.io(_, _, let code) {
        throw OutputPathError.cannotWrite(path: typed, code: code)
      }
    }
    return folder
  }

  /// `folder` with every symbolic link resolved.
  /// - Throws: `OutputPathError` when it does not exist or is not a folder.
  private static func resolvedFolder(_ folder: String, shown: String) throws -> String {
    guard let resolved = realpath(folder.isEmpty ? "/" : folder, nil) else {
      let code = errno
      // A missing folder inside a data folder is refused as being inside it.
      var existing = folder
      while !existing.isEmpty, FileKind.at(existing) == .missing {
        existing = (existing as NSString).deletingLastPathComponent
      }
      if let data = realpath(existing, nil).flatMap({ resolved in
        defer { free(resolved) }
        return dataFolder(holding: String(cString: resolved))
      }) {
        throw OutputPathError.insideDataFolder(path: shown, folder: data)
      }
      throw OutputPathError.cannotWrite(path: shown, code: code)
    }
    defer { free(resolved) }
    let path = String(cString: resolved)
    guard FileKind.at(path) == .directory else {
      throw OutputPathError.cannotWrite(path: shown, code: ENOTDIR)
    }
    return path
  }

  /// The data folder `folder` is, or is inside: the nearest one holding `liaison.json`.
  static func dataFolder(holding folder: String) -> String? {
    var candidate = folder
    while true {
      let manifest = (candidate == "/" ? "" : candidate) + "/" + DataFolder.manifestName
      if FileKind.at(manifest) != .missing { return candidate }
      guard candidate != "/", !candidate.isEmpty else { return nil }
      candidate = (candidate as NSString).deletingLastPathComponent
    }
  }
}
