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
  /// The township's time zone (IANA name): "today", "in the future", default dates and
  /// audit stamps follow it, whatever the machine is set to. Absent: `defaultTimeZone`.
  public var timeZone: String?

  /// Where the townships liaison serves are.
  public static let defaultTimeZone = "Asia/Shanghai"
  static let defaultZone =
    TimeZone(identifier: defaultTimeZone) ?? TimeZone(secondsFromGMT: 8 * 3600)!

  public init(township: String, code: String?, created: String, timeZone: String? = nil) {
    self.format = Manifest.currentFormat
    self.township = Township(name: township, code: code)
    self.created = created
    self.timeZone = timeZone ?? Manifest.defaultTimeZone
  }

  /// The folder's time zone; China Standard Time when the name is unknown to this machine.
  public var zone: TimeZone {
    timeZone.flatMap(TimeZone.init(identifier:)) ?? Manifest.defaultZone
  }

  /// The time zone of the data folder a command will use, read from its manifest; China
  /// Standard Time when there is none or it cannot be read — the command then reports that
  /// itself. `creating` is the zone `init` was given for a new folder.
  public static func zone(
    explicit: String?, environment: [String: String], currentDirectory: String,
    creating: String? = nil
  ) -> TimeZone {
    if let creating { return TimeZone(identifier: creating) ?? defaultZone }
    guard
      let folder = try? DataFolder.locate(
        explicit: explicit, environment: environment, currentDirectory: currentDirectory),
      let data = try? FileReader.contents(folder.manifest),
      let manifest = try? decode(data, path: folder.manifest)
    else { return defaultZone }
    return manifest.zone
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
