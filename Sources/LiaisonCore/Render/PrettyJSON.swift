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
    // Strings, numbers and words are copied a run at a time, not a byte at a time: laying
    // out a county's monthly report byte by byte took a third of writing it.
    compact.withUnsafeBufferPointer { input in
      var depth = 0
      var at = 0
      while at < input.count {
        let byte = input[at]
        switch byte {
        case UInt8(ascii: "\""):
          var end = at + 1
          while end < input.count, input[end] != UInt8(ascii: "\"") {
            end += input[end] == UInt8(ascii: "\\") ? 2 : 1
          }
          end = min(end + 1, input.count)
          append(input, at..<end, to: &out)
          at = end
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
          out.append(byte)
          if at + 1 < input.count, input[at + 1] == close {
            out.append(UInt8(ascii: "\n"))
            newline(depth, &out)
            out.append(close)
            at += 1
          } else {
            depth += 1
            newline(depth, &out)
          }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          newline(depth, &out)
          out.append(byte)
        case UInt8(ascii: ","):
          out.append(byte)
          newline(depth, &out)
        case UInt8(ascii: ":"):
          out += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
        default:
          var end = at + 1
          while end < input.count, !isPunctuation(input[end]) { end += 1 }
          append(input, at..<end, to: &out)
          at = end
          continue
        }
        at += 1
      }
    }
    return out
  }

  private static func newline(_ depth: Int, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    for _ in 0..<(2 * depth) { out.append(UInt8(ascii: " ")) }
  }

  private static func append(
    _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]
  ) {
    if range.count < 8 {
      for at in range { out.append(input[at]) }
    } else {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: input[range]))
    }
  }

  /// A byte the layout acts on: a bracket, a comma, a colon or a string's opening quote.
  private static func isPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "}"),
      UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"):
      true
    default: false
    }
  }
}
