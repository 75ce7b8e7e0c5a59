/// A record the roster snapshot keeps (`RecordSnapshotFile`): written field by field in the
/// order its `init(snapshot:)` reads them back, every stored property of it, so that a
/// record read from the snapshot equals the one read from its file.
///
/// `fields` counts the stored properties written; `RecordSnapshotTests` holds it to the
/// type's own (by reflection), so a property added to a record and forgotten here fails a
/// test instead of quietly vanishing from reports. Any change to what is written bumps
/// `RecordSnapshotFile.layout`.
protocol SnapshotRecord: Sendable {
  static var fields: Int { get }
  func write(to out: inout IndexBytesWriter)
  init(snapshot reader: inout IndexBytesReader) throws(IndexBytesReader.Damaged)
}

extension IndexBytesWriter {
  /// A record's dated history: each change's day and the facts it held, keys in order.
  mutating func history(_ history: [PastFacts]) {
    list(history) { out, past in
      out.day(past.to)
      out.list(past.facts.sorted { $0.key < $1.key }) { out, fact in
        out.text(fact.key)
        switch fact.value {
        case .text(let text):
          out.raw([0])
          out.text(text)
        case .texts(let texts):
          out.raw([1])
          out.texts(texts)
        }
      }
    }
  }
}

extension IndexBytesReader {
  mutating func history() throws(Damaged) -> [PastFacts] {
    try list(least: 8) { reader throws(Damaged) in
      let to = try reader.day()
      let count = try reader.count()
      guard count <= reader.remaining / 9 else { throw Damaged() }
      var facts: [String: FactValue] = [:]
      for _ in 0..<count {
        let key = try reader.text()
        switch try reader.byte() {
        case 0: facts[key] = .text(try reader.text())
        case 1: facts[key] = .texts(try reader.texts())
        default: throw Damaged()
        }
      }
      return PastFacts(to: to, facts: facts)
    }
  }
}
