import Foundation

/// Photos kept inside the data folder (留档照片, seed 002: activity photos archived), named
/// by the SHA-256 of their bytes — `photos/3a/3a7bd3e2….jpg` — so the same photo is kept
/// once, a renamed or altered one is found out by `check`, and backups carry them with the
/// records that name them. Records made before photos were kept name outside paths
/// instead; those still read.
public enum KeptPhotos {
  static let folderName = "photos"
  /// The most a kept photo may weigh: a phone's photo is a few megabytes.
  public static let maxBytes = 20 << 20

  /// Whether a record's photo is one kept in the folder (else an outside path).
  public static func isKept(_ photo: String) -> Bool { photo.hasPrefix(folderName + "/") }

  /// Where a photo of these bytes is kept, relative to the folder.
  static func relativePath(of data: Data, extension given: String) -> String {
    let digest = SHA256.hex(data)
    return "\(folderName)/\(digest.prefix(2))/\(digest).\(given.lowercased())"
  }

  /// Whether `photo` has the shape of a kept photo's name, `photos/3a/<64 hex digits>.jpg`:
  /// nothing else under `photos/` is ever read, so a hand-edited record cannot lead a
  /// reader out of the folder (`photos/../../etc/passwd`).
  static func isWellFormed(_ photo: String) -> Bool {
    let parts = photo.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == folderName else { return false }
    let file = parts[2].split(separator: ".", omittingEmptySubsequences: false)
    let hex = { (text: Substring) in text.allSatisfy { $0.isHexDigit && !$0.isUppercase } }
    return file.count == 2 && file[0].count == 64 && hex(file[0]) && parts[1] == file[0].prefix(2)
      && PhotoPath.extensions.contains(String(file[1]))
  }

  /// Whether `photos/` and the photo's shelf are folders of the data folder itself (absent,
  /// or real folders; never a symbolic link out of it).
  static func shelvesAreFolders(_ photo: String, in folder: DataFolder) -> Bool {
    let shelf = (photo as NSString).deletingLastPathComponent
    return [folderName, shelf].allSatisfy {
      [.directory, .missing].contains(FileKind.at(folder.file($0)))
    }
  }

  /// What is wrong with a kept photo on disk, or nil when it is whole: missing, or its bytes
  /// no longer those its name was made from.
  static func problem(_ photo: String, in folder: DataFolder) -> Localized? {
    guard isWellFormed(photo), shelvesAreFolders(photo, in: folder) else {
      return Localized(
        en: "photo \(UnsafeText.visible(photo)) is not where liaison keeps photos",
        zh: "照片 \(UnsafeText.visible(photo)) 不在 liaison 留档照片的位置")
    }
    let name = (photo as NSString).lastPathComponent
    let expected = (name as NSString).deletingPathExtension
    let data: Data?
    do {
      data = try FileReader.contents(folder.file(photo), limit: maxBytes)
    } catch {
      return Localized(en: "photo \(photo) cannot be read", zh: "照片 \(photo) 无法读取")
    }
    guard let data else {
      return Localized(en: "photo \(photo) is missing", zh: "照片 \(photo) 不存在")
    }
    guard SHA256.hex(data) == expected,
      photo == relativePath(of: data, extension: (name as NSString).pathExtension)
    else {
      return Localized(
        en: "photo \(photo) has been altered (its bytes are not those it was kept with)",
        zh: "照片 \(photo) 已被改动（内容与留档时不符）")
    }
    return nil
  }
}

/// A kept photo carried by `export all` and `import all`: its path in the folder and its
/// bytes (base64 in the JSON).
public struct KeptPhoto: Codable, Sendable, Equatable {
  public var path: String
  public var data: Data
}

extension KeptPhotos {
  /// Whether `photo` is a name liaison gives a kept photo of exactly these bytes:
  /// `photos/`, the digest's first two digits, the digest, a picture's extension.
  static func isName(_ photo: String, of data: Data) -> Bool {
    let ext = (photo as NSString).pathExtension
    return ext == ext.lowercased() && PhotoPath.extensions.contains(ext)
      && data.count <= maxBytes && photo == relativePath(of: data, extension: ext)
  }
}

extension StoreSession {
  /// Copies a photo the clerk points at into the folder, durably, and returns its kept
  /// path; the same photo kept before is not written again.
  /// - Parameter path: an absolute path `PhotoPath.checked` has let through.
  /// - Throws: `RosterError.rule` for a photo over `KeptPhotos.maxBytes`.
  func keepPhoto(_ path: String, shownAs given: String) throws -> String {
    let data: Data?
    do {
      data = try FileReader.contents(path, limit: KeptPhotos.maxBytes)
    } catch StoreError.unreadable {
      throw RosterError.rule(
        Localized(
          en: "--photo \(given): larger than \(KeptPhotos.maxBytes >> 20) MB; give a smaller copy.",
          zh: "--photo \(given)：超过 \(KeptPhotos.maxBytes >> 20) MB，请换用较小的照片。"))
    }
    guard let data else {
      throw RosterError.rule(
        Localized(en: "--photo \(given): no such file.", zh: "--photo \(given)：文件不存在。"))
    }
    let relative = KeptPhotos.relativePath(of: data, extension: (path as NSString).pathExtension)
    try keep(data, at: relative)
    return relative
  }

  /// Writes a photo's bytes at its kept path (one `KeptPhotos.isName` allows), unless the
  /// same photo is there already.
  func keep(_ data: Data, at relative: String) throws {
    guard KeptPhotos.shelvesAreFolders(relative, in: folder) else {
      throw StoreError.notRegularFile(
        path: folder.file(KeptPhotos.folderName), kind: FileKind.symbolicLink.described)
    }
    if KeptPhotos.problem(relative, in: folder) == nil { return }
    let top = folder.file(KeptPhotos.folderName)
    let shelf = (folder.file(relative) as NSString).deletingLastPathComponent
    for directory in [top, shelf] where !FileManager.default.fileExists(atPath: directory) {
      try writer.fileSystem.makeDirectory(directory, mode: 0o700)
      try writer.fileSystem.syncDirectory((directory as NSString).deletingLastPathComponent)
    }
    try writer.replace(relative, with: data)
  }

  /// The kept photos the activities name and the folder holds, each once, in order: what
  /// `export all` carries.
  func keptPhotoNames() throws -> [String] {
    Set(try activities().flatMap { $0.photos ?? [] }.filter(KeptPhotos.isWellFormed)).sorted()
      .filter {
        KeptPhotos.shelvesAreFolders($0, in: folder) && FileKind.at(folder.file($0)) == .regular
      }
  }

  /// A kept photo's bytes, for `export all`.
  func keptPhoto(_ relative: String) throws -> KeptPhoto? {
    try FileReader.contents(folder.file(relative), limit: KeptPhotos.maxBytes).map {
      KeptPhoto(path: relative, data: $0)
    }
  }
}
