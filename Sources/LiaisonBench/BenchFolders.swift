import Foundation
import LiaisonCore

/// The generated folders one scale is timed on, made on first use and kept between runs
/// (a county's year takes about a minute to generate): the roster with no visits, with a
/// third of a year's, with a whole year's, and a copy of the roster without households or
/// links to import a household file into.
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

  /// The folder for a run; the import folder is made afresh each time.
  func path(for folder: BenchOperation.Folder) throws -> String {
    switch folder {
    case .empty: return work + "/empty"
    case .third: return work + "/third"
    case .full: return work + "/full"
    case .importBase:
      let path = work + "/import"
      try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.copyItem(atPath: work + "/empty", toPath: path)
      for name in ["households.json", "links.json"] {
        try Data("[]\n".utf8).write(to: URL(fileURLWithPath: path + "/" + name))
      }
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
