import Dispatch
import Foundation

/// Work on the machine's two cores that must look as if done one item after another:
/// results in item order, each item's warnings given in that order, and the first error
/// in that order thrown (with the warnings of the items before it and its own, none after).
enum TwoCores {
  /// What doing one item gave: its result or its error, and its warnings either way.
  private enum Done<Part: Sendable>: Sendable {
    case done(Part, warnings: [Localized])
    case failed(any Error, warnings: [Localized])
  }

  /// `body` for each of `count` items, two at a time.
  /// - Parameters:
  ///   - body: does one item, passing its warnings to the function it is given.
  ///   - give: hears each item's warnings, in item order, once all are done.
  static func map<Part: Sendable>(
    _ count: Int,
    _ body:
      @escaping @Sendable (_ item: Int, _ warn: @escaping @Sendable (Localized) -> Void)
      throws -> Part,
    give: (_ item: Int, Localized) -> Void
  ) throws -> [Part] {
    let results = ConcurrentResults<Done<Part>>(count: count)
    if count > 0 {
      DispatchQueue.concurrentPerform(iterations: min(2, count)) { lane in
        for item in stride(from: lane, to: count, by: 2) {
          let heard = Heard()
          do {
            let part = try body(item, heard.add)
            results.set(item, .done(part, warnings: heard.all))
          } catch {
            results.set(item, .failed(error, warnings: heard.all))
          }
        }
      }
    }
    var parts: [Part] = []
    for (item, result) in results.all().enumerated() {
      switch result {
      case .done(let part, let warnings):
        for warning in warnings { give(item, warning) }
        parts.append(part)
      case .failed(let error, let warnings):
        for warning in warnings { give(item, warning) }
        throw error
      }
    }
    return parts
  }

  /// One item's warnings, as its worker gives them.
  private final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var warnings: [Localized] = []

    func add(_ warning: Localized) { lock.withLock { warnings.append(warning) } }
    var all: [Localized] { lock.withLock { warnings } }
  }
}
