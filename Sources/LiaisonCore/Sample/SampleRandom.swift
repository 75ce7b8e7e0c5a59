/// The generator's source of chance: SplitMix64, written out so that a seed gives the same
/// folder on every machine and toolchain (the standard library's `random(in:using:)` does
/// not promise how it maps bits to ranges).
struct SampleRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A source for one part of the folder (a month, a member), independent of how the other
  /// parts were drawn: months can then be generated in any order, or at once.
  init(seed: UInt64, _ parts: Int...) {
    var mixed = seed
    for part in parts {
      mixed = Self.mix(mixed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: part + 1))
    }
    state = mixed
  }

  mutating func next() -> UInt64 {
    state = state &+ 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next() % UInt64(bound))
  }

  /// A whole number in `range`.
  mutating func within(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }

  mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

  /// One of `choices`, each as likely as its weight.
  mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
    var roll = below(choices.reduce(0) { $0 + $1.1 })
    for (choice, weight) in choices {
      if roll < weight { return choice }
      roll -= weight
    }
    return choices[choices.count - 1].0
  }
}
