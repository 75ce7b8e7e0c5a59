import Foundation
import Testing

@testable import LiaisonCore

/// The seal of a derived file changes with any byte of it: a flipped bit anywhere, a byte
/// more or less, zeros where a torn write left them — so the file is read afresh, never
/// believed.
@Suite struct IndexSealTests {
  static let bytes: [UInt8] = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

  static func seal(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { IndexSeal.of($0) } }

  @Test func everyBitOfEveryByteChangesTheSeal() {
    let original = Self.seal(Self.bytes)
    for at in Self.bytes.indices {
      for bit in 0..<8 {
        var changed = Self.bytes
        changed[at] ^= 1 << bit
        #expect(Self.seal(changed) != original, "byte \(at) bit \(bit)")
      }
    }
  }

  @Test func everyLengthAndEveryRunOfZerosSealsDifferently() {
    let prefixes = (0...Self.bytes.count).map { Self.seal(Array(Self.bytes.prefix($0))) }
    #expect(Set(prefixes).count == prefixes.count)
    let zeros = (0...96).map { Self.seal([UInt8](repeating: 0, count: $0)) }
    #expect(Set(zeros).count == zeros.count)
  }

  @Test func aSealedFileReadsBackAndADamagedOneDoesNot() throws {
    var writer = IndexBytesWriter()
    writer.raw(Self.bytes)
    let sealed = writer.sealed()
    let body = try sealed.withUnsafeBytes { file in
      Array(try IndexBytesReader(sealed: file).bytes)
    }
    #expect(body == Self.bytes)
    for damaged in [
      Array(sealed.dropLast()), Array(sealed.dropFirst()),
      [UInt8](repeating: 0, count: sealed.count), Array(sealed.prefix(7)),
    ] {
      #expect(throws: IndexBytesReader.Damaged.self) {
        try damaged.withUnsafeBytes { _ = try IndexBytesReader(sealed: $0) }
      }
    }
  }
}
