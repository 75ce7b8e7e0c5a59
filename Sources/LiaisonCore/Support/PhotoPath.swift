import Foundation
import Glibc

/// A photo kept as evidence (留档照片): the path of an image file the clerk points at.
///
/// Only a readable regular file with a picture's extension is taken — never a device
/// (`/dev/zero`), a FIFO, a folder or a system file (`/etc/shadow`) — and it is stored as
/// the absolute path the clerk gave, without following a symlink to somewhere else.
public enum PhotoPath {
  static let extensions: Set<String> = [
    "jpg", "jpeg", "png", "gif", "heic", "heif", "webp", "bmp", "tif", "tiff",
  ]

  /// The photo's absolute, standardised path.
  /// - Parameter absolute: the path made absolute against the clerk's working folder.
  /// - Throws: `RosterError.rule` naming the path and what is wrong with it.
  public static func checked(_ given: String, absolute: String) throws -> String {
    func refuse(_ en: String, _ zh: String) -> RosterError {
      RosterError.rule(Localized(en: "--photo \(given): \(en)", zh: "--photo \(given)：\(zh)"))
    }
    let path = (absolute as NSString).standardizingPath
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw refuse("no such file. Check the path.", "文件不存在，请检查路径。")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw refuse(
        "not a photo file (a folder, device or pipe); give the picture's own file.",
        "不是照片文件（是文件夹、设备或管道）；请给出照片文件本身。")
    }
    guard extensions.contains((path as NSString).pathExtension.lowercased()) else {
      throw refuse(
        "not a picture (.jpg, .png, .heic …); give the photo's file.",
        "不是图片（.jpg、.png、.heic 等）；请给出照片文件。")
    }
    guard access(path, R_OK) == 0 else {
      throw refuse("cannot be read; check its permissions.", "无法读取，请检查文件权限。")
    }
    return path
  }
}
