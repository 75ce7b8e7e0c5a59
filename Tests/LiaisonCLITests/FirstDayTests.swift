import Foundation
import LiaisonTestSupport
import Testing

/// A township's first day, as the README's "Your first day" tells it, through the real
/// binary: the roster spreadsheets (no dates in them) and last month's paper visit forms
/// imported today, then last month's report — which counts every one of them.
@Suite struct FirstDayTests {
  static let files: [String: String] = [
    "村.csv": "村名,编码\n凤林村,330881118201\n清湖村,330881118202\n",
    "网格.csv": "网格,村\n第一网格,凤林村\n第二网格,凤林村\n第一网格,清湖村\n",
    "党员.csv": """
    姓名,联系电话,村,网格,身份
    张建国,13800138000,凤林村,第一网格,正式
    李秀英,13900139000,凤林村,第二网格,预备
    周强,13700137000,清湖村,第一网格,正式

    """,
    "农户.csv": """
    户主,村,网格
    王大妈,凤林村,第一网格
    赵大爷,凤林村,第二网格
    孙阿姨,清湖村,第一网格

    """,
    "联户.csv": "联系党员,联系户\n张建国,王大妈\n李秀英,赵大爷\n周强,孙阿姨\n",
    "十月走访.csv": """
    走访日期,走访党员,农户,意见建议数
    2026-10-06,张建国,王大妈,1
    2026-10-13,张建国,王大妈,0
    2026-10-08,李秀英,赵大爷,2
    2026-10-21,周强,孙阿姨,1
    2026-10-28,周强,孙阿姨,0

    """,
  ]

  static func folder() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "liaison-first-day-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return root
  }

  @Test func lastMonthsReportCountsEveryVisitAndMemberImportedToday() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try RealBinary.shell(
      """
      set -e
      export LIAISON_DATA=town
      $LIAISON init --township 凤林镇
      for kind in villages:村 grids:网格 members:党员 households:农户 links:联户; do
        $LIAISON import ${kind%%:*} ${kind#*:}.csv --since 2026-01-01
      done
      $LIAISON import visits 十月走访.csv
      $LIAISON report monthly --month 2026-10 --format json > october.json
      """, in: root, environment: ["LIAISON_TODAY": "2026-11-05"])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: root.appendingPathComponent("october.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["visits"] as? Int == 5)
    #expect(summary["members"] as? Int == 3)
    #expect(summary["households"] as? Int == 3)
    #expect(summary["linkedHouseholds"] as? Int == 3)
    #expect(summary["villages"] as? Int == 2)
    #expect(summary["opinions"] as? Int == 4)
  }

  @Test func withoutSinceTheImportWarnsAndTheVisitsAreRefusedWithTheFix() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try RealBinary.shell(
      """
      export LIAISON_DATA=town
      $LIAISON init --township 凤林镇 2>/dev/null
      $LIAISON import villages 村.csv 2>/dev/null
      $LIAISON import grids 网格.csv 2>/dev/null
      $LIAISON import members 党员.csv 2>members.err
      $LIAISON import households 农户.csv 2>/dev/null
      $LIAISON import visits 十月走访.csv > visits.out 2>visits.err; echo "visits=$?"
      cat members.err visits.out visits.err
      """, in: root, environment: ["LIAISON_TODAY": "2026-11-05"])
    // The rejection reasons wrap in their column; read them as one text.
    let output = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(output.contains("visits=65"))
    #expect(output.contains("on the roster from today (2026-11-05)"), "\(output)")
    #expect(output.contains("--since"))
    #expect(output.contains("liaison member edit M0001 --since 2026-10-06"), "\(output)")
  }
}
