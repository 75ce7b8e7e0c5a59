/// A record that can be built from a `PlainJSONObject` — the fast way in for the records read
/// in bulk (the roster at every command, the visit logs in every report). Each conformance
/// mirrors its type's `Decodable` conformance: the same required keys, the same defaults for
/// absent lists and status.
protocol PlainRecord: Decodable, Sendable {
  init(plain: inout PlainJSONObject) throws
}

extension PlainRecord {
  /// The record on one line, or nil when the line is not plain or holds a key this type does
  /// not know; the caller then asks `JSONDecoder`.
  static func plain(_ line: UnsafeRawBufferPointer) -> Self? {
    var object = PlainJSONObject()
    return plain(line, using: &object)
  }

  /// The same, reusing `object`'s storage from line to line.
  static func plain(_ line: UnsafeRawBufferPointer, using object: inout PlainJSONObject) -> Self? {
    guard object.scan(line), let record = try? Self(plain: &object), object.allTaken else {
      return nil
    }
    return record
  }
}

extension Village: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), name: try o.text("name"), code: try o.optionalText("code"),
      since: try o.optionalDay("since"))
  }
}

extension Grid: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), village: try o.text("village"), name: try o.text("name"),
      code: try o.optionalText("code"), parent: try o.optionalText("parent"),
      leader: try o.optionalText("leader"), staff: try o.texts("staff"),
      since: try o.optionalDay("since"),
      history: try o.history("history", facts: ["leader", "staff", "village"]))
  }
}

extension Member: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), name: try o.text("name"), phone: try o.text("phone"),
      village: try o.text("village"), grid: try o.optionalText("grid"),
      gender: try o.optionalChoice("gender"), born: try o.optionalText("born"),
      joined: try o.optionalDay("joined"), status: try o.optionalChoice("status") ?? .full,
      category: try o.optionalChoice("category"), duties: try o.choices("duties") ?? [],
      branch: try o.optionalText("branch"), proxyName: try o.optionalText("proxyName"),
      proxyPhone: try o.optionalText("proxyPhone"), left: try o.optionalDay("left"),
      since: try o.optionalDay("since") ?? o.optionalDay("added"),
      history: try o.history(
        "history", facts: ["branch", "category", "duties", "grid", "status", "village"]))
  }
}

extension Household: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), head: try o.text("head"), village: try o.text("village"),
      grid: try o.optionalText("grid"), phone: try o.optionalText("phone"),
      courtyard: try o.optionalText("courtyard"), address: try o.optionalText("address"),
      size: try o.optionalNumber("size"), tags: try o.texts("tags"),
      note: try o.optionalText("note"),
      since: try o.optionalDay("since") ?? o.optionalDay("added"),
      history: try o.history("history", facts: ["courtyard", "grid", "tags", "village"]))
  }
}

extension Link: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), member: try o.text("member"), household: try o.text("household"),
      post: try o.choice("post"), type: try o.optionalChoice("type"), from: try o.day("from"),
      to: try o.optionalDay("to"))
  }
}

extension Visit: PlainRecord {
  init(plain o: inout PlainJSONObject) throws {
    self.init(
      id: try o.text("id"), member: try o.text("member"), household: try o.text("household"),
      date: try o.day("date"), mode: try o.choice("mode"),
      look: try o.optionalObject("look") { look in
        Observations(
          kitchen: try look.optionalText("kitchen"), bedroom: try look.optionalText("bedroom"),
          toilet: try look.optionalText("toilet"), yard: try look.optionalText("yard"),
          fields: try look.optionalText("fields"))
      },
      ask: try o.optionalObject("ask") { ask in
        Questions(
          family: try ask.optionalText("family"), economy: try ask.optionalText("economy"),
          opinions: try ask.optionalText("opinions"), needs: try ask.optionalText("needs"))
      },
      opinions: try o.optionalNumber("opinions"), note: try o.optionalText("note"),
      photos: try o.optionalTexts("photos"), recordedAt: try o.text("recordedAt"),
      recordedBy: try o.text("recordedBy"))
  }
}
