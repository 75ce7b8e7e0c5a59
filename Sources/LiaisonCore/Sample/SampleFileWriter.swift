import Foundation

/// Writes the files of a generated folder, private as the commands make them (0600 files,
/// 0700 folders). Not the durable writer: a generated folder that is cut off half-way is
/// simply generated again, and syncing half a gigabyte would only slow it down.
struct SampleFileWriter: Sendable {
  let folder: DataFolder

  func makeFolder(_ path: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError.unreadable(
        path: path, line: nil, detail: Localized(en: "cannot create the folder", zh: "无法创建该文件夹"))
    }
    if FileManager.default.fileExists(atPath: folder.manifest) {
      throw StoreError.unreadable(
        path: folder.manifest, line: nil,
        detail: Localized(
          en: "a data folder is already here; generate into an empty folder",
          zh: "此处已有数据文件夹，请生成到空文件夹"))
    }
  }

  /// Writes `contents` as the file `relative` to the folder.
  func write(_ relative: String, _ contents: Data) throws {
    let path = folder.file(relative)
    guard
      FileManager.default.createFile(
        atPath: path, contents: contents, attributes: [.posixPermissions: 0o600])
    else {
      throw StoreError.unreadable(
        path: path, line: nil, detail: Localized(en: "cannot write the file", zh: "无法写入该文件"))
    }
  }
}
