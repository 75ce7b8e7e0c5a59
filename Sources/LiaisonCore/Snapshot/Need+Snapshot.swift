/// Needs in the snapshot, with every event of their history.
extension Need: SnapshotRecord {
  static let fields = 18

  func write(to out: inout IndexBytesWriter) {
    out.text(id)
    out.text(household)
    out.text(text)
    out.choice(scale)
    out.choice(urgency)
    out.optionalChoice(support)
    out.optionalText(category)
    out.optionalText(raisedBy)
    out.optionalText(visit)
    out.day(raised)
    out.day(due)
    out.optionalText(handler)
    out.choice(status)
    out.optionalText(resolution)
    out.optionalDay(resolved)
    out.optionalChoice(satisfaction)
    out.optionalDay(closed)
    out.list(history) { $0.event($1) }
  }

  init(snapshot r: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    self.init(
      id: try r.text(), household: try r.text(), text: try r.text(), scale: try r.choice(),
      urgency: try r.choice(), support: try r.optionalChoice(), category: try r.optionalText(),
      raisedBy: try r.optionalText(), visit: try r.optionalText(), raised: try r.day(),
      due: try r.day(), handler: try r.optionalText(), status: try r.choice())
    resolution = try r.optionalText()
    resolved = try r.optionalDay()
    satisfaction = try r.optionalChoice()
    closed = try r.optionalDay()
    history = try r.list(least: 12) { reader throws(IndexBytesReader.Damaged) in
      try reader.event()
    }
  }
}

extension IndexBytesWriter {
  fileprivate mutating func event(_ event: NeedEvent) {
    day(event.date)
    choice(event.action)
    text(event.by)
    optionalText(event.note)
    optionalChoice(event.satisfaction)
    text(event.recordedAt)
  }
}

extension IndexBytesReader {
  fileprivate mutating func event() throws(Damaged) -> NeedEvent {
    NeedEvent(
      date: try day(), action: try choice(), by: try text(), note: try optionalText(),
      satisfaction: try optionalChoice(), recordedAt: try text())
  }
}
