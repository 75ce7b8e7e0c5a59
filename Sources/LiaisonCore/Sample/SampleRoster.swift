/// Builds the roster of a generated township or county: villages of grids, members of
/// every status and category, households with their circumstances, and 1+7 links.
struct SampleRoster {
  let scale: SampleScale
  let seed: UInt64
  var roster = Roster()

  init(scale: SampleScale, seed: UInt64) {
    self.scale = scale
    self.seed = seed
    var random = SampleRandom(seed: seed, 1)
    buildPlaces()
    buildMembers(&random)
    buildHouseholds(&random)
    var links = SampleLinks(roster: roster, scale: scale)
    links.build(&random)
    roster.members = links.members
    roster.links = links.links
    appointGridLeaders()
  }

  private mutating func buildPlaces() {
    for index in 0..<scale.villages {
      let id = Self.id("C", index + 1, digits: 3)
      roster.villages.append(
        Village(
          id: id, name: SampleNames.village(index),
          code: "330822101" + Self.id("", 200 + index + 1, digits: 3)))
      for number in 1...scale.gridsPerVillage {
        let gridID = Self.id("G", roster.grids.count + 1, digits: 3)
        roster.grids.append(Grid(id: gridID, village: id, name: "第\(number)网格"))
      }
    }
  }

  private mutating func buildMembers(_ random: inout SampleRandom) {
    for index in 0..<scale.members {
      let grid = roster.grids[index % roster.grids.count]
      let status = random.weighted([
        (MemberStatus.full, 85), (.probationary, 7), (.activist, 8),
      ])
      let category = random.weighted([
        (MemberCategory.employed, 20), (.farmer, 50), (.migrant, 12), (.elderly, 18),
      ])
      let female = random.chance(0.3)
      let bornYear = category == .elderly ? random.within(1938...1955) : random.within(1958...2001)
      var member = Member(
        id: Self.id("M", index + 1, digits: 4), name: SampleNames.person(&random, female: female),
        phone: "139" + Self.id("", index * 7_919 % 100_000_000, digits: 8),
        village: grid.village, grid: grid.id, gender: female ? .female : .male,
        born: Self.id("", bornYear, digits: 4) + "-"
          + Self.id("", random.within(1...12), digits: 2),
        status: status, category: category)
      if status != .activist {
        member.joined = Day(year: min(bornYear + random.within(20...40), 2025), month: 7, day: 1)
      }
      if random.chance(0.3) {
        member.duties = [random.pick(Duty.sevenDuties)]
      }
      if category == .elderly, random.chance(0.6) {
        member.proxyName = SampleNames.person(&random, female: random.chance(0.5))
        member.proxyPhone = "137" + Self.id("", index * 6_007 % 100_000_000, digits: 8)
      }
      roster.members.append(member)
    }
  }

  private mutating func buildHouseholds(_ random: inout SampleRandom) {
    for index in 0..<scale.households {
      let grid = roster.grids[index % roster.grids.count]
      let village = roster.villages[(index % roster.grids.count) / scale.gridsPerVillage]
      var tags: [String] = []
      for (tag, percent) in SampleNames.tags where random.below(100) < percent {
        tags.append(tag)
      }
      let phone: String? =
        switch random.below(10) {
        case 0..<7: "138" + Self.id("", index * 4_099 % 100_000_000, digits: 8)
        case 7: "0570-" + Self.id("", 2_000_000 + index % 8_000_000, digits: 7)
        default: nil
        }
      roster.households.append(
        Household(
          id: Self.id("H", index + 1, digits: 5),
          head: SampleNames.person(&random, female: random.chance(0.35)),
          village: village.id, grid: grid.id, phone: phone,
          courtyard: random.chance(0.5) ? random.pick(SampleNames.courtyards) : nil,
          address: "\(village.name)\(random.within(1...12))组\(index / roster.grids.count + 1)号",
          size: random.within(1...6), tags: tags,
          note: random.chance(0.02) ? "常年在外，电话联系" : nil))
    }
  }

  /// Each grid's leader is a serving Party member of the grid; the next one is its staff.
  private mutating func appointGridLeaders() {
    var byGrid: [String: [Member]] = [:]
    for member in roster.members where member.status.isPartyMember && member.left == nil {
      byGrid[member.grid ?? "", default: []].append(member)
    }
    for index in roster.grids.indices {
      let serving = byGrid[roster.grids[index].id] ?? []
      roster.grids[index].leader = serving.first?.id
      roster.grids[index].staff = serving.dropFirst().prefix(1).map(\.id)
    }
  }

  /// `prefix` and `number` padded to `digits`, as the commands number records.
  static func id(_ prefix: String, _ number: Int, digits: Int) -> String {
    let text = String(number)
    return prefix + String(repeating: "0", count: max(digits - text.count, 0)) + text
  }
}
