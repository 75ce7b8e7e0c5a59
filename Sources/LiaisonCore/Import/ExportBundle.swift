/// Everything in a data folder as one JSON document: what `export all --format json`
/// writes and `import all` reads back, losslessly.
public struct ExportBundle: Codable, Sendable, Equatable {
  public var format: Int
  public var township: Manifest.Township?
  public var villages: [Village]
  public var grids: [Grid]
  public var members: [Member]
  public var households: [Household]
  public var links: [Link]
  public var visits: [Visit]

  public init(
    township: Manifest.Township?, roster: Roster, visits: [Visit]
  ) {
    self.format = Manifest.currentFormat
    self.township = township
    self.villages = roster.villages
    self.grids = roster.grids
    self.members = roster.members
    self.households = roster.households
    self.links = roster.links
    self.visits = visits
  }
}
