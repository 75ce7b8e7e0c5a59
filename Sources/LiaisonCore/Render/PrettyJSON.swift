/// Compact JSON laid out exactly as `JSONEncoder`'s `.prettyPrinted` lays it out: a line
/// for each key and element, two spaces a level, `" : "` after a key, and an empty list or
/// object as its brackets around a blank line. A record written plainly (`PlainEncodable`)
/// and laid out here gives the bytes the encoder gives, at a fraction of the time: a month
/// of visits as JSON was more than half encoding.
///
/// The input is compact JSON as liaison writes it (no space outside strings); the layout
/// only ever looks at brackets, commas and colons outside strings.
enum PrettyJSON {
  static func layout(_ compact: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(compact.count + compact.count / 2)
    var depth = 0
    var inString = false
    var escaped = false
    var at = 0
    func newline(_ depth: Int) {
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
    while at < compact.count {
      let byte = compact[at]
      at += 1
      if inString {
        out.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        out.append(byte)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        out.append(byte)
        if at < compact.count, compact[at] == close {
          out.append(UInt8(ascii: "\n"))
          newline(depth)
          out.append(close)
          at += 1
        } else {
          depth += 1
          newline(depth)
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        newline(depth)
        out.append(byte)
      case UInt8(ascii: ","):
        out.append(byte)
        newline(depth)
      case UInt8(ascii: ":"):
        out += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
      default:
        out.append(byte)
      }
    }
    return out
  }
}
