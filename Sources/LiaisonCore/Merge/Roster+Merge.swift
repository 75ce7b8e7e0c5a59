/// The roster's part of a merge: the duplicate's links (and a member's grid posts) move to
/// the record it repeats, its time on the roster is folded in, and its id is retired so it
/// is never given again. The caller moves the records outside the roster files.
extension Roster {
  /// How many of the duplicate's links moved as they were, and how many were folded into a
  /// link the kept record already had with the same member and household.
  struct LinkMoves: Hashable {
    var moved = 0
    var folded = 0
  }

  /// Folds household `duplicate` into `kept`: its links, its start, and the details the
  /// kept record lacks (phone, address, size, note).
  mutating func mergeHousehold(_ duplicate: Household, into kept: Household) throws -> LinkMoves {
    var merged = kept.folding(duplicate)
    merged.phone = merged.phone ?? duplicate.phone
    merged.address = merged.address ?? duplicate.address
    merged.size = merged.size ?? duplicate.size
    merged.note = merged.note ?? duplicate.note
    households[households.firstIndex { $0.id == kept.id }!] = merged
    households.removeAll { $0.id == duplicate.id }
    retired.retire(duplicate.id, as: .household)
    return try moveLinks(\.household, from: duplicate.id, to: kept.id)
  }

  /// Folds member `duplicate` into `kept`: their links, grid posts (now and in the grids'
  /// history, so past months show the kept member), start, and the details the kept record
  /// lacks. A member still on the roster under either record stays on it.
  /// - Returns: the links moved, and how many grids' posts changed hands.
  mutating func mergeMember(
    _ duplicate: Member, into kept: Member
  ) throws -> (
    LinkMoves, posts: Int
  ) {
    var merged = kept.folding(duplicate)
    merged.gender = merged.gender ?? duplicate.gender
    merged.born = merged.born ?? duplicate.born
    merged.joined = merged.joined ?? duplicate.joined
    if merged.proxyName == nil {
      merged.proxyName = duplicate.proxyName
      merged.proxyPhone = duplicate.proxyPhone
    }
    if let keptLeft = kept.left {
      merged.left = duplicate.left.map { max($0, keptLeft) }
    }
    members[members.firstIndex { $0.id == kept.id }!] = merged
    members.removeAll { $0.id == duplicate.id }
    retired.retire(duplicate.id, as: .member)
    var posts = 0
    for index in grids.indices {
      let grid = grids[index].replacingMember(duplicate.id, with: kept.id)
      guard grid != grids[index] else { continue }
      grids[index] = grid
      posts += 1
      try validateRoles(of: grid)
    }
    let moves = try moveLinks(\.member, from: duplicate.id, to: kept.id)
    for link in links where link.member == kept.id { try validatePost(link, member: merged) }
    return (moves, posts)
  }

  /// Moves the links whose `field` is `old` to `new`. A moved link that meets a link the
  /// kept record already has with the same member and household (overlapping or end to
  /// end) is folded into it: one link from the earlier start to the later end, the moved
  /// link's id retired. Every link left is held to the rules a new link meets.
  private mutating func moveLinks(
    _ field: WritableKeyPath<Link, String>, from old: String, to new: String
  ) throws -> LinkMoves {
    var moves = LinkMoves()
    for link in links where link[keyPath: field] == old {
      var moved = link
      moved[keyPath: field] = new
      let meets = links.firstIndex {
        $0.id != link.id && $0.member == moved.member && $0.household == moved.household
          && ($0.overlaps(from: moved.from, to: moved.to) || $0.to == moved.from
            || moved.to == $0.from)
      }
      if let meets {
        links[meets].from = min(links[meets].from, moved.from)
        links[meets].to = links[meets].to.flatMap { end in moved.to.map { max(end, $0) } }
        links.removeAll { $0.id == link.id }
        retired.retire(link.id, as: .link)
        moves.folded += 1
      } else {
        links[links.firstIndex { $0.id == link.id }!] = moved
        moves.moved += 1
      }
    }
    for link in links where link[keyPath: field] == new { try validateOverlaps(link) }
    return moves
  }
}

extension Grid {
  /// The grid with `old` replaced by `new` as its leader and among its staff, now and in
  /// its history.
  func replacingMember(_ old: String, with new: String) -> Grid {
    func swapped(_ value: FactValue) -> FactValue {
      switch value {
      case .text(let id): .text(id == old ? new : id)
      case .texts(let ids): .texts(ids.map { $0 == old ? new : $0 }.uniqued())
      }
    }
    var grid = self
    if grid.leader == old { grid.leader = new }
    grid.staff = grid.staff.map { $0 == old ? new : $0 }.uniqued()
    grid.history = grid.history.map { entry in
      var entry = entry
      for key in ["leader", "staff"] { entry.facts[key] = entry.facts[key].map(swapped) }
      return entry
    }
    return grid
  }
}
