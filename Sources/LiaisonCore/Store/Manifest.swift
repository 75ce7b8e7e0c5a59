import Foundation

/// `liaison.json`: marks a folder as a liaison data folder and says how it is written.
public struct Manifest: Codable, Hashable, Sendable {
  /// The format this build writes and the newest it reads. Format 2 dates the roster
  /// (`since` and `history` on villages, grids, members and households); format 1, which
  /// had `added`, is read as it is and upgraded on the first write (`FormatUpgrade`).
  public static let currentFormat = 2

  public struct Township: Codable, Hashable, Sendable {
    public var name: String
    /// The township's statistical code, e.g. `330881118`.
    public var code: String?
  }

  public var format: Int
  public var township: Township
  /// When the folder was created, ISO 8601 with offset.
  public var created: String

  public init(township: String, code: String?, created: String) {
    self.format = Manifest.currentFormat
    self.township = Township(name: township, code: code)
    self.created = created
  }

  /// Reads a manifest, refusing a folder written by a newer format before anything else.
  static func decode(_ data: Data, path: String) throws -> Manifest {
    struct FormatOnly: Decodable { var format: Int }
    let probe: FormatOnly
    do {
      probe = try JSONDecoder().decode(FormatOnly.self, from: data)
    } catch {
      throw StoreError.unreadable(path: path, line: nil, detail: RecordCodec.describe(error))
    }
    guard probe.format <= currentFormat else {
      throw StoreError.newerFormat(path: path, found: probe.format, supported: currentFormat)
    }
    do {
      return try JSONDecoder().decode(Manifest.self, from: data)
    } catch {
      throw StoreError.unreadable(path: path, line: nil, detail: RecordCodec.describe(error))
    }
  }

  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }
}
