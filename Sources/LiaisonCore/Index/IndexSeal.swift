/// The seal at the end of every derived file (`IndexBytesWriter.sealed`): a 64-bit hash of
/// all that comes before it, which a torn or damaged file fails. It guards against damage,
/// not against forgery — a hostile folder can seal what it likes, and every value is
/// checked again when read — so it is a plain multiply-and-rotate hash on four lanes of
/// eight bytes, a dozen times faster than the CRC-32 that sealed the files before (which
/// took a twentieth of a county monthly report to check).
enum IndexSeal {
  private static let primes: (UInt64, UInt64, UInt64, UInt64, UInt64) = (
    0x9E37_79B1_85EB_CA87, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9,
    0x85EB_CA77_C2B2_AE63, 0x27D4_EB2F_1656_67C5
  )

  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let (p1, p2, p3, p4, p5) = primes
    func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      rotate(lane &+ word &* p2, 31) &* p1
    }
    func word(_ at: Int) -> UInt64 {
      UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    var at = 0
    var hash: UInt64
    if bytes.count >= 32 {
      var lanes: (UInt64, UInt64, UInt64, UInt64) = (p1 &+ p2, p2, 0, 0 &- p1)
      while at + 32 <= bytes.count {
        lanes.0 = round(lanes.0, word(at))
        lanes.1 = round(lanes.1, word(at + 8))
        lanes.2 = round(lanes.2, word(at + 16))
        lanes.3 = round(lanes.3, word(at + 24))
        at += 32
      }
      hash =
        rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
      for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
        hash = (hash ^ round(0, lane)) &* p1 &+ p4
      }
    } else {
      hash = p5
    }
    hash = hash &+ UInt64(bytes.count)
    while at + 8 <= bytes.count {
      hash = rotate(hash ^ round(0, word(at)), 27) &* p1 &+ p4
      at += 8
    }
    while at < bytes.count {
      hash = rotate(hash ^ (UInt64(bytes[at]) &* p5), 11) &* p1
      at += 1
    }
    hash ^= hash >> 33
    hash = hash &* p2
    hash ^= hash >> 29
    hash = hash &* p3
    return hash ^ (hash >> 32)
  }

  private static func rotate(_ value: UInt64, _ by: UInt64) -> UInt64 {
    (value << by) | (value >> (64 - by))
  }
}
