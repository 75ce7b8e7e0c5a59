/// The words shell completion offers for a member, household, village or grid: each
/// record's id and its name as a command takes it (a grid also as `村/网格`).
///
/// Completion runs on every Tab, in a folder that may come from anyone: it reads the roster
/// files without taking the lock (each is replaced whole by a rename, so a read sees one
/// version or the other), writes nothing, and offers no name a terminal would act on.
public enum RosterCompletion {
  /// The kinds of record a command line names.
  public enum Kind: String, Sendable, CaseIterable {
    case member, household, village, grid
  }

  /// The words for `kind` in `folder`, sorted and each once; none when the folder does not
  /// read.
  public static func words(_ kind: Kind, folder: DataFolder) -> [String] {
    guard let roster = try? RosterLoad(folder: folder).roster() else { return [] }
    return words(kind, roster: roster)
  }

  static func words(_ kind: Kind, roster: Roster) -> [String] {
    let words: [String]
    switch kind {
    case .member:
      // Those who left are still found by name, but are not offered.
      words = roster.members.filter { $0.left == nil }.flatMap { [$0.id, $0.name] }
    case .household:
      words = roster.households.flatMap { [$0.id, $0.head] }
    case .village:
      words = roster.villages.flatMap { [$0.id, $0.name] }
    case .grid:
      let villages = Dictionary(
        roster.villages.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      words = roster.grids.flatMap { grid in
        [grid.id, grid.name] + (villages[grid.village].map { [$0 + "/" + grid.name] } ?? [])
      }
    }
    return Array(Set(words.filter(isOfferable))).sorted()
  }

  /// One line of plain text: no control character (a tab or newline would split the word,
  /// an ESC would act on the terminal), no bidirectional override, not blank.
  static func isOfferable(_ word: String) -> Bool {
    !UnsafeText.isBlank(word) && UnsafeText.firstUnsafe(in: word) == nil
      && !word.contains(where: { $0 == "\t" || $0 == "\n" })
  }
}
