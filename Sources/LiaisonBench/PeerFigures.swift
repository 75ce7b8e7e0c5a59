import Foundation

/// The monthly report's core figures — the month's visits, households visited and opinions,
/// the village and grid rows, the members without a visit, the households not visited
/// lately — as a peer prints them, and as liaison's own JSON report gives them, so that the
/// benchmark times only peers that agree with liaison.
struct PeerFigures: Codable, Equatable {
  struct Area: Codable, Equatable {
    var id: String
    var members: Int
    var households: Int
    var visits: Int
    var householdsVisited: Int
    var opinions: Int
  }

  var visits: Int
  var householdsVisited: Int
  var opinions: Int
  var villages: [Area]
  var grids: [Area]
  var membersWithoutVisits: [String]
  var householdsNotVisited: [String]

  /// Reads a peer's output.
  init(peerOutput data: Data) throws {
    self = try JSONDecoder().decode(PeerFigures.self, from: data)
  }

  /// Picks the core figures out of `liaison report monthly --format json`.
  init(monthlyReport data: Data) throws {
    struct Entry: Decodable { var id: String }
    struct Report: Decodable {
      struct Summary: Decodable {
        var visits: Int
        var householdsVisited: Int
        var opinions: Int
      }
      var summary: Summary
      var villages: [Area]
      var grids: [Area]
      var membersWithoutVisits: [Entry]
      var householdsNotVisited: [Entry]
    }
    let report = try JSONDecoder().decode(Report.self, from: data)
    visits = report.summary.visits
    householdsVisited = report.summary.householdsVisited
    opinions = report.summary.opinions
    villages = report.villages.sorted { $0.id < $1.id }
    grids = report.grids.sorted { $0.id < $1.id }
    membersWithoutVisits = report.membersWithoutVisits.map(\.id).sorted()
    householdsNotVisited = report.householdsNotVisited.map(\.id).sorted()
  }

  /// Where `other` differs from these figures first, or nil when they agree.
  func firstDifference(from other: PeerFigures) -> String? {
    if visits != other.visits { return "visits \(visits) ≠ \(other.visits)" }
    if householdsVisited != other.householdsVisited {
      return "households visited \(householdsVisited) ≠ \(other.householdsVisited)"
    }
    if opinions != other.opinions { return "opinions \(opinions) ≠ \(other.opinions)" }
    for (kind, mine, theirs) in [
      ("village", villages, other.villages), ("grid", grids, other.grids),
    ]
    where mine != theirs {
      let row = zip(mine, theirs).first { $0 != $1 }
      return row.map { "\(kind) \($0.0.id): \($0.0) ≠ \($0.1)" }
        ?? "\(mine.count) \(kind) rows ≠ \(theirs.count)"
    }
    if membersWithoutVisits != other.membersWithoutVisits {
      return "members without a visit: \(membersWithoutVisits.count) ≠ "
        + "\(other.membersWithoutVisits.count)"
    }
    if householdsNotVisited != other.householdsNotVisited {
      return "households not visited lately: \(householdsNotVisited.count) ≠ "
        + "\(other.householdsNotVisited.count)"
    }
    return nil
  }
}
