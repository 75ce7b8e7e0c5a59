/// The 1+7 links of a generated roster: in each grid the Party members who may hold an A
/// post (主联) share its households, activists and migrant members take B posts (辅联) on a
/// few, and a member in a hundred leaves during the year, handing their households on.
struct SampleLinks {
  private(set) var members: [Member]
  private(set) var links: [Link] = []
  private let households: [Household]
  private let scale: SampleScale

  init(roster: Roster, scale: SampleScale) {
    members = roster.members
    households = roster.households
    self.scale = scale
  }

  mutating func build(_ random: inout SampleRandom) {
    var membersByGrid: [String: [Int]] = [:]
    for (index, member) in members.enumerated() {
      membersByGrid[member.grid ?? "", default: []].append(index)
    }
    var householdsByGrid: [String: [Household]] = [:]
    for household in households {
      householdsByGrid[household.grid ?? "", default: []].append(household)
    }
    for grid in membersByGrid.keys.sorted(by: RecordCodec.idPrecedes) {
      link(grid: membersByGrid[grid]!, householdsByGrid[grid] ?? [], &random)
    }
    for index in links.indices {
      links[index].id = SampleRoster.id("L", index + 1, digits: 5)
    }
  }

  private mutating func link(grid: [Int], _ households: [Household], _ random: inout SampleRandom) {
    var primaries = grid.filter { Self.takesPrimary(members[$0]) }
    if primaries.isEmpty, let first = grid.first {
      members[first].status = .full
      members[first].category = .farmer
      primaries = [first]
    }
    let leaving = Set(
      primaries.dropFirst().filter { _ in primaries.count > 1 && random.chance(0.01) })
    for index in leaving {
      let left = scale.firstDay.adding(days: random.within(60...330))
      members[index].left = left
    }
    for (number, household) in households.enumerated() {
      let holder = primaries[number % primaries.count]
      let from = Day(
        year: scale.year - 1, month: random.within(1...11), day: random.within(1...28))!
      add(holder, household, .a, from: from, &random)
      if let left = members[holder].left {
        let successors = primaries.filter { !leaving.contains($0) }
        add(successors[number % successors.count], household, .a, from: left, &random)
      }
    }
    for index in grid where !Self.takesPrimary(members[index]) && !households.isEmpty {
      var chosen = Set<Int>()
      for _ in 0..<random.within(4...7) { chosen.insert(random.below(households.count)) }
      for number in chosen.sorted() {
        let from = Day(
          year: scale.year - 1, month: random.within(1...11), day: random.within(1...28))!
        add(index, households[number], .b, from: from, &random)
      }
    }
  }

  /// Activists and migrant members take B posts; everyone else can hold an A post.
  static func takesPrimary(_ member: Member) -> Bool {
    member.status != .activist && member.category != .migrant
  }

  private mutating func add(
    _ memberIndex: Int, _ household: Household, _ post: Post, from: Day,
    _ random: inout SampleRandom
  ) {
    let member = members[memberIndex]
    let type = random.weighted([(NeighbourType.area, 6), (.kinship, 3), (.service, 1)])
    links.append(
      Link(
        id: "", member: member.id, household: household.id, post: post, type: type, from: from,
        to: member.left.flatMap { $0 > from ? $0 : nil }))
  }
}
