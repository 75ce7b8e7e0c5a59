/// The roster's records in the snapshot, each field in its declaration order.
extension Village: SnapshotRecord {
  static let fields = 4

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(name)
    out.optionalText(code)
    out.optionalDay(since)
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), name: try r.text(), code: try r.optionalText(), since: try r.optionalDay())
  }
}

extension Grid: SnapshotRecord {
  static let fields = 9

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(village)
    out.text(name)
    out.optionalText(code)
    out.optionalText(parent)
    out.optionalText(leader)
    out.texts(staff)
    out.optionalDay(since)
    out.history(history)
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), village: try r.text(), name: try r.text(), code: try r.optionalText(),
      parent: try r.optionalText(), leader: try r.optionalText(), staff: try r.texts(),
      since: try r.optionalDay(), history: try r.history())
  }
}

extension Member: SnapshotRecord {
  static let fields = 17

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(name)
    out.text(phone)
    out.text(village)
    out.optionalText(grid)
    out.optionalChoice(gender)
    out.optionalText(born)
    out.optionalDay(joined)
    out.choice(status)
    out.optionalChoice(category)
    out.list(duties) { $0.choice($1) }
    out.optionalText(branch)
    out.optionalText(proxyName)
    out.optionalText(proxyPhone)
    out.optionalDay(left)
    out.optionalDay(since)
    out.history(history)
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), name: try r.text(), phone: try r.text(), village: try r.text(),
      grid: try r.optionalText(), gender: try r.optionalChoice(), born: try r.optionalText(),
      joined: try r.optionalDay(), status: try r.choice(), category: try r.optionalChoice(),
      duties: try r.list(least: 4) { reader throws(IndexBytesReader.Damaged) in
        try reader.choice()
      },
      branch: try r.optionalText(), proxyName: try r.optionalText(),
      proxyPhone: try r.optionalText(), left: try r.optionalDay(), since: try r.optionalDay(),
      history: try r.history())
  }
}

extension Household: SnapshotRecord {
  static let fields = 12

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(head)
    out.text(village)
    out.optionalText(grid)
    out.optionalText(phone)
    out.optionalText(courtyard)
    out.optionalText(address)
    out.optional(size) { $0.long(Int64($1)) }
    out.texts(tags)
    out.optionalText(note)
    out.optionalDay(since)
    out.history(history)
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), head: try r.text(), village: try r.text(), grid: try r.optionalText(),
      phone: try r.optionalText(), courtyard: try r.optionalText(),
      address: try r.optionalText(),
      size: try r.optional { reader throws(IndexBytesReader.Damaged) in
        Int(try reader.long())
      },
      tags: try r.texts(), note: try r.optionalText(), since: try r.optionalDay(),
      history: try r.history())
  }
}

extension Link: SnapshotRecord {
  static let fields = 7

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(member)
    out.text(household)
    out.choice(post)
    out.optionalChoice(type)
    out.day(from)
    out.optionalDay(to)
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), member: try r.text(), household: try r.text(), post: try r.choice(),
      type: try r.optionalChoice(), from: try r.day(), to: try r.optionalDay())
  }
}
