import CByteSearch
import Testing

/// `liaison_find_bytes` jumps between upper-case letters where the needle has one: it must
/// find what a plain search finds, at the ends of the text and where matches overlap.
@Suite struct ByteSearchTests {
  static func naive(_ haystack: [UInt8], _ needle: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first {
      Array(haystack[$0..<($0 + needle.count)]) == needle
    }
  }

  static func found(_ haystack: [UInt8], _ needle: [UInt8]) -> Int? {
    haystack.withUnsafeBytes { text in
      needle.withUnsafeBytes { wanted in
        liaison_find_bytes(text.baseAddress, text.count, wanted.baseAddress, wanted.count)
          .map { text.baseAddress!.distance(to: $0) }
      }
    }
  }

  @Test func findsWhatAPlainSearchFinds() {
    var random = SystemRandomNumberGenerator()
    let alphabet = Array("\"M:0-1,{}am".utf8) + [0xE8, 0x96]
    for _ in 0..<3000 {
      let haystack = (0..<Int.random(in: 0...60, using: &random)).map { _ in
        alphabet.randomElement(using: &random)!
      }
      let needle: [UInt8]
      if !haystack.isEmpty, Bool.random(using: &random) {
        let start = Int.random(in: 0..<haystack.count, using: &random)
        needle = Array(haystack[start..<min(haystack.count, start + Int.random(in: 1...8))])
      } else {
        needle = (0..<Int.random(in: 1...6, using: &random)).map { _ in
          alphabet.randomElement(using: &random)!
        }
      }
      #expect(Self.found(haystack, needle) == Self.naive(haystack, needle), "\(haystack) \(needle)")
    }
  }

  @Test func theEndsOfTheText() {
    let text = Array(#""member":"M12","member":"M1""#.utf8)
    #expect(Self.found(text, Array(#""member":"M12""#.utf8)) == 0)
    #expect(Self.found(text, Array(#""member":"M1""#.utf8)) == 15)
    #expect(Self.found(text, Array(#""member":"M2""#.utf8)) == nil)
    #expect(Self.found(Array("M".utf8), Array("MM".utf8)) == nil)
  }
}
