import Foundation
import LiaisonCore

/// The generated folders one scale is timed on, made on first use and kept between runs
/// (a county's year takes about a minute to generate): the roster with no visits, with a
/// third of a year's, with a whole year's, and a copy of the roster without households or
/// links to import a household file into; at township scale, fifteen copies of the year
/// under fifteen township names for the county's roll-up.
struct BenchFolders {
  let work: String
  let scale: SampleScale

  init(work: String, scale: SampleScale) throws {
    self.work = work
    self.scale = scale
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    for (folder, visits) in [
      ("empty", 0), ("third", scale.visitsPerYear / 3), ("full", scale.visitsPerYear),
    ] {
      let path = work + "/" + folder
      if !FileManager.default.fileExists(atPath: path + "/liaison.json") {
        FileHandle.standardError.write(Data("generating \(path) …\n".utf8))
        try? FileManager.default.removeItem(atPath: path)
        try SampleFolder.generate(scale.with(visitsPerYear: visits), at: path)
      }
    }
    try writeImportFile()
  }

  /// The folders for a run, each given with its own `--data`: one but for the roll-up. The
  /// import folder is made afresh each time.
  func paths(for folder: BenchOperation.Folder) throws -> [String] {
    switch folder {
    case .empty: return [work + "/empty"]
    case .third: return [work + "/third"]
    case .full: return [work + "/full"]
    case .importBase:
      let path = work + "/import"
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.copyItem(atPath: work + "/empty", toPath: path)
      for name in ["households.json", "links.json"] {
        try Data("[]\n".utf8).write(to: URL(fileURLWithPath: path + "/" + name))
      }
      return [path]
    case .rollUp: return try rollUpFolders()
    }
  }

  /// Removes the derived index of each folder, as a fresh clone or a restored backup has
  /// none; untimed, before each first run.
  static func removeIndex(in folders: [String]) throws {
    for folder in folders {
      let index = folder + "/" + indexName
      if FileManager.default.fileExists(atPath: index) {
        try FileManager.default.removeItem(atPath: index)
      }
    }
  }

  /// The derived index's place inside a data folder, and the file that marks the folder.
  static let indexName = ".index"
  static let manifestName = "liaison.json"

  /// Copies of the year's folder, made once and kept, each under its own township name and
  /// code in `liaison.json` (the roll-up refuses only a folder given twice, but a county's
  /// townships are named apart, and a row per township should say which). The copies
  /// leave out the source's index: each builds its own.
  private func rollUpFolders() throws -> [String] {
    let files = FileManager.default
    let source = work + "/full"
    return try (1...BenchOperation.rollUpTownships).map { number in
      let path = work + "/rollup/" + String(format: "t%02d", number)
      guard !files.fileExists(atPath: path + "/" + Self.manifestName) else { return path }
      FileHandle.standardError.write(Data("copying \(source) to \(path) …\n".utf8))
      try? files.removeItem(atPath: path)
      try files.createDirectory(atPath: path, withIntermediateDirectories: true)
      for name in try files.contentsOfDirectory(atPath: source)
      where name != Self.indexName && name != Self.manifestName {
        try files.copyItem(atPath: source + "/" + name, toPath: path + "/" + name)
      }
      let manifest = Manifest(
        township: "生成乡镇\(number)", code: String(format: "3308220%02d", number),
        created: "\(scale.year - 1)-12-31T09:00:00+08:00")
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      try (encoder.encode(manifest) + Data("\n".utf8)).write(
        to: URL(fileURLWithPath: path + "/" + Self.manifestName))
      return path
    }
  }

  var importFile: String { work + "/households.csv" }

  /// A household spreadsheet as a county office would hand it in: one row per household of
  /// the scale, spread over the generated villages and grids, named in Chinese headers.
  private func writeImportFile() throws {
    guard !FileManager.default.fileExists(atPath: importFile) else { return }
    let villages = try records("villages.json")
    let grids = try records("grids.json")
    let villageNames = Dictionary(
      uniqueKeysWithValues: villages.map { ($0["id"] as! String, $0["name"] as! String) })
    let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
    let given = ["建国", "秀英", "桂芳", "志强", "红梅", "国华", "春生", "玉兰", "德明", "海燕"]
    var text = "\u{FEFF}户主,户主电话,所在村,网格,院落,家庭住址,家庭人口,重点人群\n"
    for row in 0..<scale.households {
      let grid = grids[row % grids.count]
      let village = villageNames[grid["village"] as! String]!
      let head = "\(surnames[row * 7 % 20])\(given[row * 3 % 10])\(row)"
      let tag = row % 7 == 0 ? "空巢老人" : ""
      text += "\(head),138\(String(format: "%08d", row)),\(village),\(grid["name"] as! String),"
      text += "东院,\(village)\(row)号,\(row % 6 + 1),\(tag)\n"
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: importFile))
  }

  private func records(_ name: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: URL(fileURLWithPath: work + "/empty/" + name))
    return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
  }
}
