/// A pull tokenizer for the XML inside workbooks: elements, attributes, text and CDATA.
///
/// Written for the subset spreadsheets produce rather than using Foundation's XMLParser,
/// which on Linux is a separate module (FoundationXML) bringing libxml2 into the binary, and
/// takes two to three times as long on a county's sheet (see the README's design notes).
/// Namespace prefixes are dropped (`x:row` is `row`). A DOCTYPE is refused, so no entity
/// can expand: only the five predefined entities and character references are decoded.
struct XMLScanner {
  /// One element's start tag.
  struct Element {
    /// The local name, without any namespace prefix.
    var name: String
    var attributes: [(name: String, value: String)]
    /// `<c/>`: no end event follows.
    var isEmpty: Bool

    /// The value of the attribute with this local name.
    func attribute(_ wanted: String) -> String? {
      attributes.first { $0.name == wanted }?.value
    }
  }

  enum Event {
    case start(Element)
    case end(String)
    case text(String)
  }

  private let bytes: [UInt8]
  private let part: String
  private var offset = 0

  init(_ bytes: [UInt8], part: String) {
    self.bytes = bytes
    self.part = part
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
  }

  /// The next event, or nil at the end of the document.
  /// - Throws: ``WorkbookProblem/badXML(part:detail:)`` for markup it cannot read.
  mutating func next() throws(WorkbookProblem) -> Event? {
    while offset < bytes.count {
      guard bytes[offset] == UInt8(ascii: "<") else {
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "<") { offset += 1 }
        return .text(try decoded(start..<offset))
      }
      guard offset + 1 < bytes.count else { throw fail("a lone <") }
      switch bytes[offset + 1] {
      case UInt8(ascii: "?"):
        try skip(past: Array("?>".utf8))
      case UInt8(ascii: "!"):
        if hasPrefix("<!--") {
          try skip(past: Array("-->".utf8))
        } else if hasPrefix("<![CDATA[") {
          let start = offset + 9
          try skip(past: Array("]]>".utf8))
          return .text(String(decoding: bytes[start..<(offset - 3)], as: UTF8.self))
        } else {
          throw fail("a DOCTYPE or other declaration")
        }
      case UInt8(ascii: "/"):
        offset += 2
        let name = readName()
        skipSpaces()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">") else {
          throw fail("an unclosed end tag </\(name)")
        }
        offset += 1
        return .end(name)
      default:
        offset += 1
        return .start(try readStartTag())
      }
    }
    return nil
  }

  /// Skips to the end of the element whose start was just read, its children included.
  mutating func skipElement() throws(WorkbookProblem) {
    var depth = 1
    while depth > 0, let event = try next() {
      switch event {
      case .start(let element): if !element.isEmpty { depth += 1 }
      case .end: depth -= 1
      case .text: break
      }
    }
  }

  private mutating func readStartTag() throws(WorkbookProblem) -> Element {
    let name = readName()
    guard !name.isEmpty else { throw fail("a < not starting a tag") }
    var attributes: [(name: String, value: String)] = []
    while true {
      skipSpaces()
      guard offset < bytes.count else { throw fail("an unclosed tag <\(name)") }
      if bytes[offset] == UInt8(ascii: ">") {
        offset += 1
        return Element(name: name, attributes: attributes, isEmpty: false)
      }
      if bytes[offset] == UInt8(ascii: "/") {
        guard offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: ">") else {
          throw fail("a stray / in <\(name)")
        }
        offset += 2
        return Element(name: name, attributes: attributes, isEmpty: true)
      }
      let attribute = readName()
      skipSpaces()
      guard !attribute.isEmpty, offset < bytes.count, bytes[offset] == UInt8(ascii: "=") else {
        throw fail("a malformed attribute in <\(name)")
      }
      offset += 1
      skipSpaces()
      guard offset < bytes.count, bytes[offset] == 0x22 || bytes[offset] == 0x27 else {
        throw fail("an unquoted attribute in <\(name)")
      }
      let quote = bytes[offset]
      offset += 1
      let start = offset
      while offset < bytes.count, bytes[offset] != quote { offset += 1 }
      guard offset < bytes.count else { throw fail("an unclosed attribute in <\(name)") }
      attributes.append((attribute, try decoded(start..<offset)))
      offset += 1
    }
  }

  /// A name up to white space, `=`, `/` or `>`, its prefix dropped.
  private mutating func readName() -> String {
    var localStart = offset
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: ":") { localStart = offset + 1 }
      if byte <= 0x20 || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/")
        || byte == UInt8(ascii: ">")
      {
        break
      }
      offset += 1
    }
    return String(decoding: bytes[localStart..<offset], as: UTF8.self)
  }

  private mutating func skipSpaces() {
    while offset < bytes.count, bytes[offset] <= 0x20 { offset += 1 }
  }

  private func hasPrefix(_ text: String) -> Bool {
    let prefix = Array(text.utf8)
    return offset + prefix.count <= bytes.count
      && bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
  }

  private mutating func skip(past terminator: [UInt8]) throws(WorkbookProblem) {
    var at = offset + 2
    while at + terminator.count <= bytes.count {
      if bytes[at] == terminator[0], bytes[at..<(at + terminator.count)].elementsEqual(terminator) {
        offset = at + terminator.count
        return
      }
      at += 1
    }
    throw fail("an unclosed <\(String(decoding: terminator.prefix(1), as: UTF8.self))")
  }

  /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;` decoded.
  private func decoded(_ range: Range<Int>) throws(WorkbookProblem) -> String {
    let slice = bytes[range]
    guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
    var output: [UInt8] = []
    output.reserveCapacity(slice.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&") else {
        output.append(byte)
        index += 1
        continue
      }
      guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
        semicolon - index <= 12
      else { throw fail("a stray &") }
      let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
      output += Array(try Self.entityText(entity, fail: fail).utf8)
      index = semicolon + 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func entityText(
    _ entity: String, fail: (String) -> WorkbookProblem
  ) throws(WorkbookProblem) -> String {
    switch entity {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      var digits = Substring(entity)
      guard digits.first == "#" else { throw fail("the unknown entity &\(entity);") }
      digits = digits.dropFirst()
      let radix = digits.first == "x" || digits.first == "X" ? 16 : 10
      if radix == 16 { digits = digits.dropFirst() }
      guard let value = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(value) else {
        throw fail("the character reference &\(entity);")
      }
      return String(Character(scalar))
    }
  }

  private func fail(_ detail: String) -> WorkbookProblem {
    .badXML(part: part, detail: detail)
  }
}
