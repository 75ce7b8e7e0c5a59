import Foundation

/// The visits of a generated folder, a month at a time: each link is visited in a week with
/// a chance set to reach the scale's yearly total — B posts less often, a few slack members
/// much less, and a member in four lapses for a few weeks — on a day drawn for that link and
/// week alone, so any month can be generated without the others.
struct SampleVisits: Sendable {
  /// What a link's visits need to know, gathered once.
  struct Visitor: Sendable {
    var member: String
    var household: String
    var village: String
    var category: MemberCategory?
    var from: Int
    /// The first day (ordinal) the link no longer holds, or the member is gone.
    var until: Int
    var lapse: Range<Int>
    var weight: Double
  }

  let seed: UInt64
  let scale: SampleScale
  private(set) var visitors: [Visitor] = []
  private var chance = 0.0

  init(roster: Roster, scale: SampleScale, seed: UInt64) {
    self.seed = seed
    self.scale = scale
    let members = Dictionary(uniqueKeysWithValues: roster.members.map { ($0.id, $0) })
    let villages = Dictionary(uniqueKeysWithValues: roster.households.map { ($0.id, $0.village) })
    let end = scale.lastDay.ordinal + 1
    for link in roster.links {
      let member = members[link.member]!
      var random = SampleRandom(seed: seed, 2, Int(link.member.dropFirst()) ?? 0)
      let slack = random.chance(0.05)
      let lapseStart = Self.firstWeek(scale) + random.below(53) * 7
      let lapse = random.chance(0.25) ? lapseStart..<lapseStart + random.within(2...8) * 7 : 0..<0
      let until = min(link.to?.ordinal ?? end, member.left?.ordinal ?? end, end)
      visitors.append(
        Visitor(
          member: link.member, household: link.household, village: villages[link.household] ?? "",
          category: member.category, from: max(link.from.ordinal, scale.firstDay.ordinal),
          until: until, lapse: lapse, weight: (link.post == .a ? 1 : 0.4) * (slack ? 0.3 : 1)))
    }
    let expected = visitors.reduce(0.0) { total, visitor in
      let days = max(0, visitor.until - visitor.from - visitor.lapse.count)
      return total + visitor.weight * Double(days) / 7
    }
    chance = expected > 0 ? Double(scale.visitsPerYear) / expected : 0
  }

  /// Monday of the week holding 1 January.
  static func firstWeek(_ scale: SampleScale) -> Int {
    let first = scale.firstDay.ordinal
    return first - (first + 3) % 7
  }

  /// A visit drawn but not yet numbered: the link, the day, and a seed for its contents.
  struct Drawn {
    var visitor: Int
    var day: Int
    var contents: UInt64
  }

  /// The visits dated in `month`, in the order they were drawn by day.
  func draw(_ month: YearMonth) -> [Drawn] {
    let first = month.firstDay.ordinal
    let last = month.lastDay.ordinal
    let weeks = stride(from: first - (first + 3) % 7, through: last, by: 7)
    var drawn: [Drawn] = []
    for (index, visitor) in visitors.enumerated() {
      for week in weeks {
        var random = SampleRandom(seed: seed, 3, index, week)
        guard random.chance(min(0.97, chance * visitor.weight)) else { continue }
        let day = week + random.below(7)
        guard day >= first, day <= last, day >= visitor.from, day < visitor.until,
          !visitor.lapse.contains(day)
        else { continue }
        drawn.append(Drawn(visitor: index, day: day, contents: random.next()))
      }
    }
    drawn.sort { ($0.day, $0.visitor) < ($1.day, $1.visitor) }
    return drawn
  }

  /// A drawn visit as a record, numbered `sequence` that day.
  func visit(_ drawn: Drawn, sequence: Int) -> Visit {
    let visitor = visitors[drawn.visitor]
    var random = SampleRandom(seed: drawn.contents)
    let day = Day(ordinal: drawn.day)
    let mode: VisitMode =
      switch visitor.category {
      case .migrant: random.weighted([(.phone, 5), (.online, 4), (.inPerson, 1)])
      case .elderly: random.weighted([(.proxy, 4), (.inPerson, 5), (.phone, 1)])
      default: random.weighted([(.inPerson, 17), (.phone, 2), (.online, 1)])
      }
    var visit = Visit(
      id: Self.visitID(day, sequence), member: visitor.member, household: visitor.household,
      date: day, mode: mode,
      recordedAt: Self.timestamp(day, minuteOfDay: random.within(8 * 60...21 * 60)),
      recordedBy: SampleNames.clerks[(Int(visitor.village.dropFirst()) ?? 0) % 5])
    if mode == .inPerson, random.chance(0.4) {
      visit.look = Observations(
        kitchen: random.pick(SampleNames.looks), bedroom: random.chance(0.5) ? "整洁" : nil,
        yard: random.chance(0.4) ? random.pick(SampleNames.looks) : nil)
    }
    if random.chance(0.45) {
      visit.ask = Questions(
        family: random.pick(SampleNames.family),
        economy: random.chance(0.5) ? random.pick(SampleNames.economy) : nil,
        opinions: random.chance(0.3) ? random.pick(SampleNames.opinions) : nil,
        needs: random.chance(0.3) ? random.pick(SampleNames.needsAsked) : nil)
    }
    if random.chance(0.2) { visit.opinions = random.within(0...3) }
    if random.chance(0.15) { visit.note = random.pick(SampleNames.notes) }
    return visit
  }

  /// `V20261123-0007`, without `String(format:)`, which is slow on Linux at this count.
  static func visitID(_ day: Day, _ sequence: Int) -> String {
    "V" + SampleRoster.id("", day.year * 10_000 + day.month * 100 + day.day, digits: 8) + "-"
      + SampleRoster.id("", sequence, digits: 4)
  }

  /// `2026-11-23T19:05:00+08:00`: the day given, at a time of day, China time.
  static func timestamp(_ day: Day, minuteOfDay: Int) -> String {
    "\(day)T" + SampleRoster.id("", minuteOfDay / 60, digits: 2) + ":"
      + SampleRoster.id("", minuteOfDay % 60, digits: 2) + ":00+08:00"
  }
}
