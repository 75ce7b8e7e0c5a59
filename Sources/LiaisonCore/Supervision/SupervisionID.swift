/// Ids of supervision records: a letter and five digits (`I00001` inspections, `W00001`
/// work reports, `K00001` index adjustments), never reused while the record stands.
enum SupervisionID {
  /// The next free id after the highest in use.
  static func next(_ letter: String, after ids: some Sequence<String>) -> String {
    var highest = 0
    for id in ids where id.hasPrefix(letter) {
      if let number = Int(id.dropFirst(letter.count)), number < 1_000_000_000 {
        highest = max(highest, number)
      }
    }
    let number = String(highest + 1)
    return letter + String(repeating: "0", count: max(5 - number.count, 0)) + number
  }

  /// The record a clerk means by `I00012`, `I12` or `12`.
  static func find<T: Identifiable>(
    _ reference: String, _ letter: String, in records: [T], kind: Localized, list: String
  ) throws -> T where T.ID == String {
    let wanted = reference.trimmedSpaces.uppercased()
    let digits = wanted.hasPrefix(letter) ? String(wanted.dropFirst(letter.count)) : wanted
    if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
      let found = records.first(where: { Int($0.id.dropFirst(letter.count)) == number })
    {
      return found
    }
    throw SupervisionError.notFound(kind: kind, id: reference, list: list)
  }
}
