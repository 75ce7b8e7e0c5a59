import Foundation
import LiaisonTestSupport

/// The demo township with a season of supervision recorded through the commands
/// themselves: 凤林村 criticised in September, October and November (accountability),
/// 清湖村 passing, work reports for September and October, one index adjustment. The demo
/// folder itself is not changed.
enum SupervisionFixture {
  static let commands: [[String]] = [
    [
      "inspection", "add", "--village", "凤林村", "--date", "2026-09-15", "--inspector", "王书记", "李委员",
      "--item", "links", "visits", "--failed", "ledgers", "--findings", "联户台账不全", "--outcome",
      "通报批评",
    ],
    [
      "inspection", "add", "--village", "清湖村", "--date", "2026-09-16", "--inspector", "王书记",
      "--item", "links", "visits", "ledgers", "--outcome", "通过",
    ],
    [
      "inspection", "add", "--village", "凤林村", "--date", "2026-10-15", "--inspector", "王书记",
      "--item", "links", "--failed", "visits", "--findings", "部分党员走访记录缺失", "--outcome",
      "criticised",
    ],
    [
      "inspection", "add", "--village", "新塘边村", "--date", "2026-10-20", "--inspector", "李委员",
      "--item", "needs", "public-table", "--findings", "公示表未及时更新", "--outcome", "passed",
    ],
    [
      "inspection", "add", "--village", "凤林村", "--date", "2026-11-12", "--inspector", "王书记", "李委员",
      "--item", "links", "visits", "--failed", "needs", "--findings", "两件诉求超期未办", "--outcome", "通报",
    ],
    [
      "inspection", "add", "--village", "清湖村", "--date", "2026-11-10", "--inspector", "王书记",
      "--item", "links", "visits", "needs", "--outcome", "通过",
    ],
    [
      "workreport", "set", "--village", "凤林村", "--month", "2026-09", "--raised", "4", "--discussed",
      "3", "--assigned", "3", "--resolved", "1",
    ],
    [
      "workreport", "set", "--village", "凤林村", "--month", "2026-10", "--raised", "5", "--discussed",
      "4", "--assigned", "3", "--resolved", "2", "--note", "主题党日集中研究",
    ],
    [
      "workreport", "set", "--village", "清湖村", "--month", "2026-10", "--raised", "3", "--discussed",
      "3", "--assigned", "2", "--resolved", "2",
    ],
    [
      "index", "adjust", "--village", "清湖村", "--date", "2026-11-01", "--item", "other", "--points",
      "+2", "--reason", "获县级表彰",
    ],
    ["reserve", "decide", "徐建国", "--year", "2026", "--decision", "列入", "--note", "镇党委会议研究"],
    ["reserve", "decide", "M0016", "--year", "2026", "--decision", "不列入"],
  ]

  /// A private copy of the demo township with the commands above run on it.
  static func demo(language: String = "zh") throws -> Sandbox {
    let sandbox = try ReportGoldenTests.demo(language: language)
    for arguments in commands { _ = try sandbox.ok(arguments) }
    // The audit stamps are the real time of the run; fixed here so the JSON goldens hold.
    for name in ["inspections.json", "workreports.json", "index-adjustments.json", "reserves.json"]
    {
      let path = sandbox.data + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let stamped = try NSRegularExpression(pattern: #""recordedAt":"[^"]*""#)
      let fixed = stamped.stringByReplacingMatches(
        in: text, range: NSRange(text.startIndex..., in: text),
        withTemplate: #""recordedAt":"2026-11-23T10:00:00+08:00""#)
      try fixed.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return sandbox
  }
}
