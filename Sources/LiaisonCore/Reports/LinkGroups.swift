import Foundation

/// The links in force grouped by household and by member, each grouping made when first
/// asked for and then kept. Most readers of a `RosterInForce` ask for one of them; the
/// monthly report counts links by slot (`LinkTally`) and asks for neither, and grouping a
/// county's 90,000 links both ways, and letting the groups go, was a tenth of its count.
/// Shared by the copies of one `RosterInForce`, on whichever thread reads them.
final class LinkGroups: @unchecked Sendable {
  private let lock = NSLock()
  private var household: [String: [Link]]?
  private var member: [String: [Link]]?

  func byHousehold(_ links: [Link]) -> [String: [Link]] {
    lock.withLock {
      if let household { return household }
      let grouped = Dictionary(grouping: links, by: \.household)
      household = grouped
      return grouped
    }
  }

  func byMember(_ links: [Link]) -> [String: [Link]] {
    lock.withLock {
      if let member { return member }
      let grouped = Dictionary(grouping: links, by: \.member)
      member = grouped
      return grouped
    }
  }
}
