import Foundation

/// Slots that concurrent workers fill, one each, read once they have all finished
/// (`DispatchQueue.concurrentPerform` returns only then).
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
  private var values: [Value?]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  /// Every slot's value; each must have been set.
  func all() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return values.map { $0! }
  }
}
