/// Needs read the fast way: `need week` and `need figures` read every need with its
/// history, 20,000 of them in a county. Mirrors the synthesised `Decodable` conformances
/// of `Need` and `NeedEvent`; anything else goes to `JSONDecoder` (see `PlainRecord`).
extension Need: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), household: try o.text("household"), text: try o.text("text"),
      scale: try o.choice("scale"), urgency: try o.choice("urgency"),
      support: try o.optionalChoice("support"), category: try o.optionalText("category"),
      raisedBy: try o.optionalText("raisedBy"), visit: try o.optionalText("visit"),
      raised: try o.day("raised"), due: try o.day("due"), handler: try o.optionalText("handler"),
      status: try o.choice("status"),
      history: try o.objects("history") { event in
        NeedEvent(
          date: try event.day("date"), action: try event.choice("action"),
          by: try event.text("by"), note: try event.optionalText("note"),
          satisfaction: try event.optionalChoice("satisfaction"),
          recordedAt: try event.text("recordedAt"))
      })
    resolution = try o.optionalText("resolution")
    resolved = try o.optionalDay("resolved")
    satisfaction = try o.optionalChoice("satisfaction")
    closed = try o.optionalDay("closed")
  }
}
