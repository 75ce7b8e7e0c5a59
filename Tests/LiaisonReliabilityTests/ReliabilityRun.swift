import Foundation
import LiaisonCore
import LiaisonTestSupport

/// How hard the reliability harness pushes: the short mode runs in CI with every
/// `swift test`; the long mode by hand, `LIAISON_RELIABILITY=long swift test --filter
/// LiaisonReliabilityTests`. Each trial prints its figures on a line of its own.
enum ReliabilityRun {
  static let isLong = ProcessInfo.processInfo.environment["LIAISON_RELIABILITY"] == "long"

  static func count(short: Int, long: Int) -> Int { isLong ? long : short }

  /// Prints one line of figures, marked so that CI logs can be searched for them.
  static func report(_ text: String) {
    print("reliability[\(isLong ? "long" : "short")]: \(text)")
  }

  /// Seconds since `start`, to one decimal.
  static func seconds(since start: Date) -> String {
    String(format: "%.1f s", Date().timeIntervalSince(start))
  }

  /// What a data folder holds, as liaison reads it: the roster, every month's visits, the
  /// needs and their time limits, the records scores are made of and the scoring rules.
  struct State: Equatable {
    var roster: Roster
    var visits: [YearMonth: [Visit]]
    var needs: [Need]
    var deadlines: NeedDeadlines
    var activities: [Activity]
    var commitments: [Commitment]
    var appraisals: [Appraisal]
    var adjustments: [ScoreAdjustment]
    /// `rules/scoring.json` as bytes (nil when absent).
    var scoringRules: Data?
    /// The service teams' records, typing times left out.
    var teams = TeamRecords()
  }

  /// Reads a folder with a healthy disk, finishing an interrupted change first as any
  /// command would.
  static func state(of folder: String) throws -> State {
    let store = LiaisonStore(folder: DataFolder(path: folder), lockTimeout: 5)
    return try store.reading { session in
      var visits: [YearMonth: [Visit]] = [:]
      for month in try session.visitMonths() {
        // When a visit was typed in differs from run to run; what was recorded does not.
        visits[month] = try session.visits(in: month).map { visit in
          var visit = visit
          visit.recordedAt = ""
          return visit
        }
      }
      let needs = try session.needs().map { need in
        var need = need
        for index in need.history.indices { need.history[index].recordedAt = "" }
        return need
      }
      var state = State(
        roster: try session.roster(), visits: visits.filter { !$0.value.isEmpty }, needs: needs,
        deadlines: try session.needDeadlines(),
        activities: try session.activities().map { activity in
          var activity = activity
          activity.recordedAt = nil
          return activity
        }, commitments: try session.commitments(), appraisals: try session.appraisals(),
        adjustments: try session.adjustments().map { adjustment in
          var adjustment = adjustment
          adjustment.recordedAt = nil
          return adjustment
        }, scoringRules: FileManager.default.contents(atPath: folder + "/rules/scoring.json"))
      state.teams = try session.teamRecords()
      for index in state.teams.work.indices { state.teams.work[index].recordedAt = "" }
      for task in state.teams.tasks.indices {
        for event in state.teams.tasks[task].history.indices {
          state.teams.tasks[task].history[event].recordedAt = ""
        }
      }
      return state
    }
  }

  /// Copies a folder to a fresh temporary place.
  static func copy(_ folder: String) throws -> String {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-reliability-\(UUID().uuidString)").path
    try FileManager.default.copyItem(atPath: folder, toPath: target)
    return target
  }

  /// A township folder with links, visits in two months and a grid leader: the ground the
  /// trials change.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "赵大爷", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-10-12")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-20")
    return sandbox
  }
}
