import Foundation

/// The text encodings CSV files reach a township office in.
///
/// Excel on Chinese Windows saves "CSV" in GB18030 (GBK), "CSV UTF-8" with a byte order
/// mark, and "Unicode Text" as tab-separated UTF-16LE; WPS does the same.
public enum CSVEncoding: String, Sendable, CaseIterable {
  case utf8
  case utf16le
  case gb18030

  /// Accepts the names clerks and the Save As dialog use: `utf8`, `utf-8`, `gbk`, `gb2312`,
  /// `gb18030`, `ansi`, `utf16`, `utf-16le`, `unicode`; any case. Nil for anything else.
  public init?(userValue: String) {
    let folded = userValue.halfWidth.trimmingCharacters(in: .whitespaces).lowercased()
      .replacingOccurrences(of: "_", with: "-")
    switch folded {
    case "utf8", "utf-8": self = .utf8
    case "utf16", "utf-16", "utf16le", "utf-16le", "unicode": self = .utf16le
    // "ANSI" is what Notepad calls the code page, GB18030's subset GBK on Chinese Windows.
    case "gbk", "gb2312", "gb18030", "gb-18030", "cp936", "ansi": self = .gb18030
    default: return nil
    }
  }

  /// The name printed in messages.
  public var label: String {
    switch self {
    case .utf8: "UTF-8"
    case .utf16le: "UTF-16LE"
    case .gb18030: "GB18030 (GBK)"
    }
  }

  /// The values `--encoding` takes, for help text.
  public static let userValues = ["utf8", "gbk", "utf16"]
}
