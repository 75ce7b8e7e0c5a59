import Foundation

/// A record that `PlainJSONWriter` can write: the roster's records and visits, written in
/// bulk when a roster file is replaced or a year of visits exported. Each conformance
/// writes its keys in the order `JSONEncoder`'s `.sortedKeys` gives, omitting nil ones and
/// always writing the lists, as the synthesised `Encodable` conformances do.
protocol PlainEncodable: Encodable {
  func write(to writer: inout PlainJSONWriter)
}

extension PlainEncodable {
  /// The record's line, without newline: the fast way when it is plain, else `encoder`'s.
  func plainLine(_ writer: inout PlainJSONWriter, encoder: JSONEncoder) throws -> [UInt8] {
    writer.reset()
    write(to: &writer)
    return writer.plain ? writer.bytes : Array(try encoder.encode(self))
  }
}

extension Village: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    w.field("code", code)
    w.field("id", id)
    w.field("name", name)
    w.field("since", since?.description)
    w.close()
  }
}

extension Grid: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    w.field("code", code)
    w.field("history", history: history)
    w.field("id", id)
    w.field("leader", leader)
    w.field("name", name)
    w.field("parent", parent)
    w.field("since", since?.description)
    w.field("staff", staff)
    w.field("village", village)
    w.close()
  }
}

extension Member: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    w.field("born", born)
    w.field("branch", branch)
    w.field("category", category?.rawValue)
    w.field("duties", duties.map(\.rawValue))
    w.field("gender", gender?.rawValue)
    w.field("grid", grid)
    w.field("history", history: history)
    w.field("id", id)
    w.field("joined", joined?.description)
    w.field("left", left?.description)
    w.field("name", name)
    w.field("phone", phone)
    w.field("proxyName", proxyName)
    w.field("proxyPhone", proxyPhone)
    w.field("since", since?.description)
    w.field("status", status.rawValue)
    w.field("village", village)
    w.close()
  }
}

extension Household: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    w.field("address", address)
    w.field("courtyard", courtyard)
    w.field("grid", grid)
    w.field("head", head)
    w.field("history", history: history)
    w.field("id", id)
    w.field("note", note)
    w.field("phone", phone)
    w.field("since", since?.description)
    w.field("size", size)
    w.field("tags", tags)
    w.field("village", village)
    w.close()
  }
}

extension Link: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    w.field("from", from.description)
    w.field("household", household)
    w.field("id", id)
    w.field("member", member)
    w.field("post", post.rawValue)
    w.field("to", to?.description)
    w.field("type", type?.rawValue)
    w.close()
  }
}

extension Visit: PlainEncodable {
  func write(to w: inout PlainJSONWriter) {
    w.open()
    if let ask {
      w.field("ask") { w in
        w.field("economy", ask.economy)
        w.field("family", ask.family)
        w.field("needs", ask.needs)
        w.field("opinions", ask.opinions)
      }
    }
    w.field("date", date.description)
    w.field("household", household)
    w.field("id", id)
    if let look {
      w.field("look") { w in
        w.field("bedroom", look.bedroom)
        w.field("fields", look.fields)
        w.field("kitchen", look.kitchen)
        w.field("toilet", look.toilet)
        w.field("yard", look.yard)
      }
    }
    w.field("member", member)
    w.field("mode", mode.rawValue)
    w.field("note", note)
    w.field("opinions", opinions)
    w.field("photos", photos)
    w.field("recordedAt", recordedAt)
    w.field("recordedBy", recordedBy)
    w.close()
  }
}
