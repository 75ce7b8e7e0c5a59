/// The links in force counted by the slots of their households and members (`RosterSlots`),
/// for the monthly report: which households have a member, each member's post and linked
/// households, and the village of each link's household. The report used to group a
/// county's 90,000 links by household id and by member id, then look each household up by
/// id again, copying it, for its village.
struct LinkTally: Sendable {
  /// By household slot: whether a link in force names it.
  let linked: [Bool]
  /// Households with a link in force.
  let linkedHouseholds: Int
  /// The village of each link's household, by the link's place in `RosterInForce.links`
  /// (the first household entry of its id, as `RosterInForce.householdsByID` finds).
  let villages: [String?]
  /// By member slot: the post held — A if any A link, else B if any — and the distinct
  /// households linked.
  private let posts: [Post?]
  private let households: [Int]
  private let memberSlotAt: [Int32]

  init(_ inForce: RosterInForce) {
    let slots = inForce.slots
    let villageOfSlot = slots.householdPositions.map { inForce.households[Int($0)].village }
    var linked = [Bool](repeating: false, count: slots.households)
    var posts = [Post?](repeating: nil, count: slots.members)
    var households = [Int](repeating: 0, count: slots.members)
    var villages: [String?] = []
    villages.reserveCapacity(inForce.links.count)
    var pairs = Set<UInt64>(minimumCapacity: inForce.links.count)
    for (position, slot) in inForce.linkSlots.enumerated() {
      let post = inForce.links[position].post
      guard slot >= 0 else {
        villages.append(nil)
        continue
      }
      let household = Int(slot)
      linked[household] = true
      villages.append(villageOfSlot[household])
      guard let member = slots.memberSlots[inForce.links[position].member].map(Int.init) else {
        continue
      }
      if post == .a || posts[member] == nil { posts[member] = post }
      if pairs.insert(UInt64(UInt32(member)) << 32 | UInt64(UInt32(household))).inserted {
        households[member] += 1
      }
    }
    self.linked = linked
    linkedHouseholds = linked.count { $0 }
    self.villages = villages
    self.posts = posts
    self.households = households
    memberSlotAt = slots.memberSlotAt
  }

  /// The post of the member at `position` of `RosterInForce.members`.
  func post(at position: Int) -> Post? { posts[Int(memberSlotAt[position])] }

  /// The distinct households linked to the member at `position`.
  func linkedHouseholds(at position: Int) -> Int { households[Int(memberSlotAt[position])] }
}
