/// The candidates for one pioneer title in a month, best first, from the team members'
/// records: the office reads the figures and decides (`team pioneer`).
public struct TeamPioneerProposal: Codable, Hashable, Sendable {
  public struct Candidate: Codable, Hashable, Sendable {
    public var person: String
    public var name: String
    public var teams: [String]
    public var figure: Int
  }

  public var kind: PioneerKind
  /// Up to twice as many as the office names, leaving it a choice; nobody with 0.
  public var candidates: [Candidate]
  /// The office's choice for the month, once made.
  public var chosen: [String]

  init(
    _ kind: PioneerKind, month: YearMonth, from first: Day, to last: Day, records: TeamRecords
  ) {
    self.kind = kind
    let span = { (day: Day) in first <= day && day <= last }
    let work = records.work.filter { span($0.date) }
    var figures: [String: Int] = [:]
    for entry in work {
      for person in entry.by {
        switch kind {
        case .project where entry.kind == .project || entry.kind == .enterprise:
          figures[person, default: 0] += 1
        case .innovation: figures[person, default: 0] += entry.countedSolved
        case .diligence where entry.kind == .household: figures[person, default: 0] += 1
        default: break
        }
      }
    }
    if kind == .diligence {
      for task in records.tasks {
        if let day = task.doneDay(on: last), span(day) { figures[task.assignee, default: 0] += 1 }
      }
    }
    candidates = figures.filter { $0.value > 0 }
      .sorted { ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key) }
      .prefix(PioneerKind.perMonth * 2)
      .map { person, figure in
        Candidate(
          person: person, name: records.personName(person),
          teams: records.teams.filter { $0.people(from: first, to: last).contains(person) }
            .map(\.name), figure: figure)
      }
    chosen = records.pioneers.filter { $0.month == month && $0.kind == kind }.map {
      records.personName($0.person)
    }
  }
}

extension TeamRecords {
  /// Records the office's choice of pioneers of one title for a month, replacing an
  /// earlier choice of that title and month.
  /// - Throws: `TeamError` for more than two people, or a month not yet begun.
  public mutating func choosePioneers(
    _ kind: PioneerKind, month: YearMonth, people: [String], note: String?, stamp: NeedStamp
  ) throws -> [TeamPioneer] {
    let ids = try people.map { try person($0).id }.uniqued()
    guard !ids.isEmpty, ids.count <= PioneerKind.perMonth, month.firstDay <= stamp.today else {
      throw TeamError.rule(
        Localized(
          en: "Name one or two people with --person for a month already begun.",
          zh: "请用 --person 给出 1 至 2 人，且月份须已开始。"))
    }
    pioneers.removeAll { $0.month == month && $0.kind == kind }
    var chosen: [TeamPioneer] = []
    for person in ids {
      let made = TeamPioneer(
        id: Self.nextID(prefix: "TV", digits: 3, after: pioneers.map(\.id)), month: month,
        kind: kind, person: person, note: note, date: stamp.date)
      pioneers.append(made)
      chosen.append(made)
    }
    return chosen
  }
}
