/// Picks the known name a mistyped one was most likely meant to be, for
/// "Did you mean …?" hints.
enum NameSuggestion {
  /// The largest edit distance still worth suggesting.
  static let maximumDistance = 2

  /// The candidate closest to `typed`: a candidate that `typed` abbreviates, or one
  /// within `maximumDistance` edits (transpositions count as one). Nil when nothing is
  /// close, including when every letter would have to change, as with `xy` vs `id`.
  static func closest(to typed: String, among candidates: [String]) -> String? {
    guard !typed.isEmpty else { return nil }
    var best: (candidate: String, score: Int)?
    for candidate in candidates {
      guard let score = score(typed, candidate) else { continue }
      // Ties keep the earlier candidate: declaration order is the author's priority.
      if best == nil || score < best!.score {
        best = (candidate, score)
      }
    }
    return best?.candidate
  }

  /// Lower is closer; an exact match (`-dry-run` for `--dry-run`) ranks first and
  /// prefixes just above single-edit typos. Nil means "not close".
  private static func score(_ typed: String, _ candidate: String) -> Int? {
    let distance = editDistance(typed, candidate)
    if distance <= maximumDistance && distance < typed.count {
      return distance * 2
    }
    if typed.count >= 2 && candidate.hasPrefix(typed) {
      return 3
    }
    return nil
  }

  /// Optimal-string-alignment distance over characters, so Chinese names count
  /// one edit per character and `mnoth` is one edit from `month`.
  static func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, table[i - 2][j - 2] + 1)
        }
        table[i][j] = value
      }
    }
    return table[a.count][b.count]
  }
}
