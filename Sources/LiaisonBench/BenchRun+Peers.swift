import Foundation

/// The peers' part of a run: each peer's figures checked against liaison's own monthly
/// report on the same folder, then the peer timed as liaison is.
extension BenchRun {
  /// The month the peers compute, and the operation they are compared with.
  static let peerMonth = (month: "2026-11", asOf: "2026-11-30")
  static let peeredOperation = "report monthly --month 2026-11"

  func measurePeers(_ folders: BenchFolders, scale: String, into table: inout BenchTable) throws {
    guard only.map({ Self.peeredOperation.contains($0) || "peer".contains($0) }) ?? true else {
      return
    }
    let environment = ProcessInfo.processInfo.environment
    let python = BenchPeer.python(environment: environment)
    let folder = try folders.paths(for: .full)[0]
    var expected: PeerFigures?
    for peer in BenchPeer.all {
      if let missing = try peer.missing(python: python, environment: environment) {
        table.addPeer(scale, peer, .skipped(missing))
        continue
      }
      let figures = try expected ?? liaisonFigures(folder: folder, scale: scale)
      expected = figures
      let arguments = peer.arguments(
        folder: folder, month: Self.peerMonth.month, asOf: Self.peerMonth.asOf)
      let output = work + "/\(scale)-\(peer.script).json"
      let checked = try ChildProcess.run(
        python!, arguments, environment: environment, output: output)
      guard checked.status == 0 else {
        throw BenchError("the \(peer.name) peer exited \(checked.status) at \(scale) scale")
      }
      let theirs = try PeerFigures(peerOutput: Data(contentsOf: URL(fileURLWithPath: output)))
      if let difference = figures.firstDifference(from: theirs) {
        throw BenchError(
          "the \(peer.name) peer disagrees with liaison at \(scale) scale: "
            + difference)
      }
      var outcomes: [ChildProcess.Outcome] = []
      for attempt in 0..<runs {
        let outcome = try ChildProcess.run(python!, arguments, environment: environment)
        outcomes.append(outcome)
        report(scale, "\(peer.name) peer", outcome)
        if attempt >= 2 && outcome.seconds > 3 { break }
      }
      table.addPeer(scale, peer, .measured(outcomes))
      if peer.module == "duckdb" { try checkReadmeQuery(python!, folder, figures, scale: scale) }
    }
  }

  /// The README's DuckDB query (`Peers/visits_by_village.sql`, run inside the folder as an
  /// analyst would) must give liaison's village rows of November.
  private func checkReadmeQuery(
    _ python: String, _ folder: String, _ figures: PeerFigures, scale: String
  ) throws {
    let query = BenchPeer.all[0].scriptPath.replacingOccurrences(
      of: "monthly_duckdb.py", with: "visits_by_village.sql")
    let runner = """
      import duckdb, json, os, sys
      query = open(sys.argv[1], encoding="utf-8").read()
      os.chdir(sys.argv[2])
      print(json.dumps([[str(v) for v in row] for row in duckdb.sql(query).fetchall()]))
      """
    let output = work + "/\(scale)-readme-query.json"
    let outcome = try ChildProcess.run(
      python, ["-c", runner, query, folder], environment: ProcessInfo.processInfo.environment,
      output: output)
    let rows = try JSONDecoder().decode(
      [[String]].self, from: Data(contentsOf: URL(fileURLWithPath: output)))
    let expected = figures.villages.filter { $0.visits > 0 }.map { village in
      [village.id, "\(village.visits)", "\(village.householdsVisited)", "\(village.opinions)"]
    }
    guard outcome.status == 0, rows.map({ [$0[0]] + $0.dropFirst(2) }) == expected else {
      throw BenchError("the README's DuckDB query disagrees with liaison at \(scale) scale")
    }
    FileHandle.standardError.write(Data("\(scale): the README's DuckDB query agrees\n".utf8))
  }

  /// liaison's own monthly report of the month, as core figures.
  private func liaisonFigures(folder: String, scale: String) throws -> PeerFigures {
    let output = work + "/\(scale)-liaison-monthly.json"
    try? FileManager.default.removeItem(atPath: output)
    let outcome = try ChildProcess.run(
      liaison,
      [
        "report", "monthly", "--month", Self.peerMonth.month, "--format", "json", "-o", output,
        "--data", folder,
      ], environment: Self.liaisonEnvironment)
    guard outcome.status == 0 else {
      throw BenchError("report monthly --format json exited \(outcome.status) at \(scale) scale")
    }
    return try PeerFigures(monthlyReport: Data(contentsOf: URL(fileURLWithPath: output)))
  }
}
