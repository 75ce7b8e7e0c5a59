/// Everything on the township's roster: villages, grids, members, households and links.
///
/// A value: commands load it, change a copy, and the store writes back only the files
/// whose records changed.
public struct Roster: Hashable, Sendable {
  public var villages: [Village]
  public var grids: [Grid]
  public var members: [Member]
  public var households: [Household]
  public var links: [Link]
  /// Ids of records removed as mistakes, never given again.
  public var retired: RetiredIDs

  public init(
    villages: [Village] = [], grids: [Grid] = [], members: [Member] = [],
    households: [Household] = [], links: [Link] = [], retired: RetiredIDs = RetiredIDs()
  ) {
    self.villages = villages
    self.grids = grids
    self.members = members
    self.households = households
    self.links = links
    self.retired = retired
  }
}
