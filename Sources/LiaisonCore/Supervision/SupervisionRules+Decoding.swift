import Foundation

/// Reading `rules/supervision.json` field by field with the scoring rules' reader, so that
/// every complaint names the JSON path of the bad field. A field left out takes the
/// default's; `villages` maps a village id to `{"base", "items"}`, each field set replacing
/// the township's whole field, as a village's scoring file does.
extension SupervisionRules {
  /// The rules file, relative to the data folder.
  public static let fileName = "rules/supervision.json"

  static let fields = ["checklist", "period", "index", "grading", "colours", "reserve", "villages"]

  /// Decodes a rules file.
  /// - Throws: `StoreError.unreadable` naming `path` and the JSON path of the bad field.
  public static func decode(_ data: Data, path: String) throws -> SupervisionRules {
    try decode(data, path: path, defaults: standard)
  }

  /// - Parameter fallback: where fields left out come from; nil when reading the default
  ///   itself, which sets them all.
  static func decode(
    _ data: Data, path: String, defaults fallback: SupervisionRules?
  ) throws -> SupervisionRules {
    let reader = RulesReader(path: path)
    let object = try reader.root(data)
    try reader.only(object, fields, "")
    let checklist =
      try object["checklist"].map { try decodeChecklist($0, reader: reader) }
      ?? fallback?.checklist ?? []
    let index =
      try object["index"].map {
        try decodeIndex($0, over: fallback?.index, reader: reader, at: "index")
      }
      ?? fallback?.index ?? IndexRules(base: .zero, items: [])
    var villages: [String: IndexRules] = [:]
    if let value = object["villages"] {
      let table = try reader.object(value, "villages")
      for (village, rules) in table.sorted(by: { $0.key < $1.key }) where village != "about" {
        villages[village] = try decodeIndex(
          rules, over: index, reader: reader, at: "villages.\(village)")
      }
    }
    return SupervisionRules(
      checklist: checklist,
      period: try object["period"].map { try reader.choice(PeriodKind.self, $0, "period") }
        ?? fallback?.period ?? .quarter,
      index: index,
      grading: try object["grading"].map { try decodeGrading($0, reader: reader) }
        ?? fallback?.grading ?? [:],
      colours: try object["colours"].map { try decodeColours($0, reader: reader) }
        ?? fallback?.colours,
      reserve: try object["reserve"].map { try decodeReserve($0, reader: reader) }
        ?? fallback?.reserve
        ?? ReserveRule(minimumScore: Points(80), ratings: [.good], perVillage: 2),
      villages: villages)
  }

  private static func decodeChecklist(_ value: Any, reader: RulesReader) throws -> [ChecklistItem] {
    var seen = Set<String>()
    return try reader.array(value, "checklist").enumerated().map { index, entry in
      let at = "checklist[\(index)]"
      let object = try reader.object(entry, at)
      try reader.only(object, ["id", "zh", "en"], at)
      let item = ChecklistItem(
        id: try identifier(object["id"], reader: reader, at: at + ".id"),
        zh: try reader.text(object["zh"], at + ".zh"), en: try reader.text(object["en"], at + ".en")
      )
      guard seen.insert(item.id).inserted else {
        throw reader.fail(at + ".id", "'\(item.id)' is used by an earlier item")
      }
      return item
    }
  }

  /// An index rules object laid over `township` — the default's for the township's own, the
  /// township's for a village: fields left out are its.
  private static func decodeIndex(
    _ value: Any, over township: IndexRules?, reader: RulesReader, at: String
  ) throws -> IndexRules {
    let object = try reader.object(value, at)
    try reader.only(object, ["base", "items"], at)
    if township == nil {
      for field in ["base", "items"] where object[field] == nil {
        throw reader.fail(reader.join(at, field), "missing; the index sets base and items")
      }
    }
    let base = try object["base"].map { try reader.points($0, at + ".base") } ?? township!.base
    guard let itemsValue = object["items"] else {
      return IndexRules(base: base, items: township!.items)
    }
    var seen = Set<String>()
    let items = try reader.array(itemsValue, at + ".items").enumerated().map { index, entry in
      let item = try decodeItem(entry, reader: reader, at: "\(at).items[\(index)]")
      guard seen.insert(item.id).inserted else {
        throw reader.fail("\(at).items[\(index)].id", "'\(item.id)' is used by an earlier item")
      }
      return item
    }
    return IndexRules(base: base, items: items)
  }

  private static func decodeItem(_ value: Any, reader: RulesReader, at: String) throws -> IndexItem
  {
    let object = try reader.object(value, at)
    try reader.only(object, ["id", "zh", "en", "metric", "points", "cap", "floor"], at)
    let metric = try reader.choice(IndexMetric.self, object["metric"], at + ".metric")
    let item = IndexItem(
      id: try identifier(object["id"], reader: reader, at: at + ".id"),
      zh: try reader.text(object["zh"], at + ".zh"), en: try reader.text(object["en"], at + ".en"),
      metric: metric, points: try reader.optionalPoints(object["points"], at + ".points"),
      cap: try reader.optionalPoints(object["cap"], at + ".cap"),
      floor: try reader.optionalPoints(object["floor"], at + ".floor"))
    if metric != .manual, item.points == nil {
      throw reader.fail(at + ".points", "missing; give the points each unit is worth")
    }
    if let cap = item.cap, let floor = item.floor, floor > cap {
      throw reader.fail(at + ".floor", "\(floor) is above the cap \(cap)")
    }
    return item
  }

  private static func identifier(_ value: Any?, reader: RulesReader, at: String) throws -> String {
    let id = try reader.text(value, at)
    guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
      throw reader.fail(at, "use letters, digits and '-' only (it is typed on the command line)")
    }
    return id
  }

  /// `{"red": 90, "yellow": 80}`; `null` for no colours.
  private static func decodeColours(
    _ value: Any, reader: RulesReader
  ) throws
    -> ScoringRules.Colours?
  {
    if value is NSNull { return nil }
    let object = try reader.object(value, "colours")
    try reader.only(object, ["red", "yellow"], "colours")
    let colours = ScoringRules.Colours(
      red: try reader.points(object["red"], "colours.red"),
      yellow: try reader.points(object["yellow"], "colours.yellow"))
    guard colours.yellow <= colours.red else {
      throw reader.fail("colours.yellow", "must not be above colours.red")
    }
    return colours
  }

  /// `{"minimumScore": 80, "ratings": ["good"], "perVillage": 2}`.
  private static func decodeReserve(_ value: Any, reader: RulesReader) throws -> ReserveRule {
    let object = try reader.object(value, "reserve")
    try reader.only(object, ["minimumScore", "ratings", "perVillage"], "reserve")
    let ratings = try reader.array(object["ratings"], "reserve.ratings").enumerated().map {
      try reader.choice(ResidentRating.self, $1, "reserve.ratings[\($0)]")
    }
    return ReserveRule(
      minimumScore: try reader.points(object["minimumScore"], "reserve.minimumScore"),
      ratings: ratings,
      perVillage: try reader.integer(object["perVillage"], "reserve.perVillage", 1...100))
  }

  private static func decodeGrading(_ value: Any, reader: RulesReader) throws -> [String: Int] {
    let object = try reader.object(value, "grading")
    try reader.only(object, ScoringRules.gradeNames, "grading")
    var shares: [String: Int] = [:]
    for grade in ScoringRules.gradeNames {
      shares[grade] = try reader.integer(object[grade], "grading.\(grade)", 0...100)
    }
    let total = shares.values.reduce(0, +)
    guard total == 100 else {
      throw reader.fail("grading", "the shares add up to \(total); they must add up to 100")
    }
    return shares
  }
}

extension SupervisionRules {
  /// Reads a rules file anywhere on disk (`index what-if --rules FILE`).
  /// - Parameter shownAs: the name messages use (the path as the clerk typed it).
  public static func read(file path: String, shownAs: String) throws -> SupervisionRules {
    try decode(try ScoringRules.contents(path, shownAs: shownAs), path: shownAs)
  }
}
