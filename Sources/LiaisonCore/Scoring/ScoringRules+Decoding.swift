import Foundation

/// Reading rules files. A township file sets every required field; a village file
/// (`rules/<village-id>.json`) sets any of the same top-level fields, and each field it
/// sets replaces the township's whole field (`items` replaces every item, `lists` both
/// lists); fields it leaves out come from the township.
extension ScoringRules {
  /// The township's rules, relative to the data folder.
  public static let fileName = "rules/scoring.json"

  /// The relative path of a village's own rules.
  public static func villageFileName(_ village: String) -> String { "rules/\(village).json" }

  static let requiredFields = ["base", "visitRequirement", "items", "thresholds", "lists"]
  static let optionalFields = ["period", "activitiesPerMonth", "grading", "colours", "groups"]

  /// Decodes a township rules file.
  /// - Throws: `StoreError.unreadable` naming `path` and the JSON path of the bad field.
  public static func decode(_ data: Data, path: String) throws -> ScoringRules {
    let reader = RulesReader(path: path)
    let object = try reader.root(data)
    for field in requiredFields where object[field] == nil {
      throw reader.fail(
        field, "missing; a township rules file sets \(requiredFields.joined(separator: ", "))")
    }
    return try decode(object, reader: reader)
  }

  /// Decodes a village file laid over the township's rules.
  public static func decode(
    _ data: Data, path: String, over township: ScoringRules
  ) throws
    -> ScoringRules
  {
    let reader = RulesReader(path: path)
    let village = try reader.root(data)
    let encoded = try JSONEncoder().encode(township)
    var merged = try JSONSerialization.jsonObject(with: encoded) as! [String: Any]
    try reader.only(village, requiredFields + optionalFields, "")
    for (key, value) in village where key != "about" { merged[key] = value }
    return try decode(merged, reader: reader)
  }

  private static func decode(_ object: [String: Any], reader: RulesReader) throws -> ScoringRules {
    try reader.only(object, requiredFields + optionalFields, "")
    let items = try reader.array(object["items"], "items").enumerated().map { index, item in
      try ScoreItem.decode(item, reader: reader, at: "items[\(index)]")
    }
    var seen = Set<String>()
    for (index, item) in items.enumerated() where !seen.insert(item.id).inserted {
      throw reader.fail("items[\(index)].id", "'\(item.id)' is used by an earlier item")
    }
    let thresholds = try reader.object(object["thresholds"], "thresholds")
    try reader.only(thresholds, ["reeducation"], "thresholds")
    return ScoringRules(
      period: try object["period"].map { try reader.choice(PeriodKind.self, $0, "period") }
        ?? .year,
      base: try reader.points(object["base"], "base"),
      visitRequirement: try decodeRequirement(object["visitRequirement"], reader: reader),
      // Folders made before the rule was data held the seed's one a month.
      activitiesPerMonth: try object["activitiesPerMonth"].map {
        try reader.integer($0, "activitiesPerMonth", 0...31)
      } ?? 1,
      items: items,
      thresholds: Thresholds(
        reeducation: try reader.points(thresholds["reeducation"], "thresholds.reeducation")),
      lists: try decodeLists(object["lists"], reader: reader),
      grading: try decodeGrading(object["grading"], reader: reader),
      colours: try decodeColours(object["colours"], reader: reader),
      groups: try object["groups"].map { try reader.choice(GroupMethod.self, $0, "groups") }
        ?? .average)
  }

  private static func decodeRequirement(
    _ value: Any?, reader: RulesReader
  ) throws
    -> VisitRequirement
  {
    let at = "visitRequirement"
    let object = try reader.object(value, at)
    try reader.only(object, ["per", "minimum", "counted"], at)
    return VisitRequirement(
      per: try reader.choice(RequirementUnit.self, object["per"], at + ".per"),
      minimum: try reader.integer(object["minimum"], at + ".minimum", 1...1000),
      counted: try object["counted"].map {
        try reader.choice(RequirementCounting.self, $0, at + ".counted")
      } ?? .member)
  }

  private static func decodeLists(_ value: Any?, reader: RulesReader) throws -> ListRules {
    let object = try reader.object(value, "lists")
    try reader.only(object, ["red", "black"], "lists")
    let red = try reader.object(object["red"], "lists.red")
    try reader.only(red, ["top", "atLeast"], "lists.red")
    let top = try red["top"].map { try reader.integer($0, "lists.red.top", 0...100_000) }
    let atLeast = try reader.optionalPoints(red["atLeast"], "lists.red.atLeast")
    guard top != nil || atLeast != nil else {
      throw reader.fail("lists.red", "set 'top' (how many), 'atLeast' (a score) or both")
    }
    let black = try reader.object(object["black"], "lists.black")
    try reader.only(black, ["below"], "lists.black")
    return ListRules(
      red: RedList(top: top, atLeast: atLeast),
      black: BlackList(below: try reader.points(black["below"], "lists.black.below")))
  }

  private static func decodeGrading(_ value: Any?, reader: RulesReader) throws -> [String: Int]? {
    guard let value, !(value is NSNull) else { return nil }
    let object = try reader.object(value, "grading")
    try reader.only(object, gradeNames, "grading")
    var shares: [String: Int] = [:]
    for grade in gradeNames {
      shares[grade] = try reader.integer(object[grade], "grading.\(grade)", 0...100)
    }
    let total = shares.values.reduce(0, +)
    guard total == 100 else {
      throw reader.fail("grading", "the shares add up to \(total); they must add up to 100")
    }
    return shares
  }

  private static func decodeColours(_ value: Any?, reader: RulesReader) throws -> Colours? {
    guard let value, !(value is NSNull) else { return nil }
    let object = try reader.object(value, "colours")
    try reader.only(object, ["red", "yellow"], "colours")
    let colours = Colours(
      red: try reader.points(object["red"], "colours.red"),
      yellow: try reader.points(object["yellow"], "colours.yellow"))
    guard colours.yellow <= colours.red else {
      throw reader.fail("colours.yellow", "must not be above colours.red")
    }
    return colours
  }
}

extension ScoreItem {
  static func decode(_ value: Any, reader: RulesReader, at: String) throws -> ScoreItem {
    let object = try reader.object(value, at)
    try reader.only(object, ["id", "zh", "en", "metric", "points", "values", "cap", "floor"], at)
    let id = try reader.text(object["id"], at + ".id")
    guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
      throw reader.fail(
        at + ".id", "use letters, digits and '-' only (it is typed in 'score adjust --item')")
    }
    let metric = try reader.choice(ScoreMetric.self, object["metric"], at + ".metric")
    var item = ScoreItem(
      id: id, zh: try reader.text(object["zh"], at + ".zh"),
      en: try reader.text(object["en"], at + ".en"), metric: metric,
      points: try reader.optionalPoints(object["points"], at + ".points"),
      cap: try reader.optionalPoints(object["cap"], at + ".cap"),
      floor: try reader.optionalPoints(object["floor"], at + ".floor"))
    if let values = object["values"], !(values is NSNull) {
      guard let keys = metric.valueKeys else {
        throw reader.fail(
          at + ".values",
          "only needs-resolved, appraisal-grade and residents-rating take values; use 'points'")
      }
      let table = try reader.object(values, at + ".values")
      try reader.only(table, keys, at + ".values")
      item.values = try Dictionary(
        uniqueKeysWithValues: keys.map { key in
          (key, try reader.points(table[key], at + ".values.\(key)"))
        })
    }
    if metric.needsValues, item.values == nil {
      throw reader.fail(
        at + ".values",
        "missing; \(metric.rawValue) sets points for each of \(metric.valueKeys!.joined(separator: ", "))"
      )
    }
    if metric != .manual, !metric.needsValues, item.points == nil, item.values == nil {
      throw reader.fail(at + ".points", "missing; give the points each unit is worth")
    }
    if let cap = item.cap, let floor = item.floor, floor > cap {
      throw reader.fail(at + ".floor", "\(floor) is above the cap \(cap)")
    }
    return item
  }
}
