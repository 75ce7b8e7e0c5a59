/// The clerk's decision on one of a village's five stars for a half-year (五星, seed 002:
/// 各村每半年评选学习宣传星、产业发展星、环境卫生星、为民服务星、治理先锋星各1名). A line of
/// `stars.json`; one per village, half-year and star — awarding again replaces it, keeping
/// the id.
public struct StarAward: Codable, Hashable, Sendable, Identifiable {
  /// `X00001` (X for 星, xing).
  public var id: String
  public var village: String
  public var year: Int
  public var half: Half
  /// The kind of activity the star is for: one with a star (`ActivityKind.star`).
  public var kind: ActivityKind
  public var member: String
  public var note: String?
  /// When it was typed in, ISO 8601 with offset, and by whom.
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, village: String, year: Int, half: Half, kind: ActivityKind, member: String,
    note: String? = nil, recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.village = village
    self.year = year
    self.half = half
    self.kind = kind
    self.member = member
    self.note = note
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }

  /// The star it fills: one per village, half-year and kind.
  var slot: String { "\(village)/\(year)-\(half.rawValue)/\(kind.rawValue)" }
}

extension DataFolder {
  /// The clerk's star decisions: roster-style, absent until the first.
  static let starsName = "stars.json"
}

extension ActivityKind {
  /// The kinds that have a star, in the seed's order.
  public static let starred = allCases.filter { $0.star != nil }

  /// The five stars, for a message that asks for one.
  public static let starNames = Localized(
    en: "one of the five stars: "
      + starred.map { "\($0.star!.zh) (\($0.star!.en))" }.joined(separator: ", "),
    zh: "五星之一：" + starred.map { $0.star!.zh }.joined(separator: "、"))

  /// A star as a clerk names it: the star's own name (学习宣传星, "study and publicity star",
  /// 政策宣传星), or the activity kind it counts (宣政策, policy). Nil for anything else,
  /// including kinds that have no star.
  public init?(starName text: String) {
    let wanted = text.trimmedSpaces
    if let kind = Self.starred.first(where: {
      $0.star!.zh == wanted || $0.star!.en.lowercased() == wanted.lowercased()
    }) {
      self = kind
      return
    }
    var bare = wanted
    for suffix in ["星", " star", "-star"] where bare.lowercased().hasSuffix(suffix) {
      bare = String(bare.dropLast(suffix.count))
    }
    guard let kind = ActivityKind(userValue: bare), kind.star != nil else { return nil }
    self = kind
  }
}

extension Half {
  /// A half-year as a clerk types it: `2026-H2`, `2026H2`, `2026-下半年`, `2026年下半年`.
  public static func parseYearHalf(_ text: String) -> (year: Int, half: Half)? {
    let trimmed = text.halfWidth.trimmedSpaces
    guard trimmed.count > 4, let year = Int(trimmed.prefix(4)), (2000...2100).contains(year)
    else { return nil }
    var rest = Substring(trimmed.dropFirst(4))
    while let first = rest.first, first == "-" || first == "年" || first == " " {
      rest = rest.dropFirst()
    }
    guard let half = Half(userValue: String(rest)) else { return nil }
    return (year, half)
  }
}
