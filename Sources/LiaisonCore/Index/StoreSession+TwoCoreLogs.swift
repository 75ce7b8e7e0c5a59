import Dispatch

/// Reading several month logs on the machine's two cores.
extension StoreSession {
  /// What reading one month's log gave: its part or its error, and its warnings either way.
  private enum MonthRead<Part: Sendable>: Sendable {
    case read(Part, warnings: [Localized])
    case failed(any Error, warnings: [Localized])
  }

  /// Each of `months` read by `read`, two at a time, in the order given. Warnings are given
  /// and the first error thrown in month order, as reading them one by one would.
  /// - Parameter read: reads one month's log, passing its warnings to `warn`.
  func readOnTwoCores<Part: Sendable>(
    _ months: [YearMonth],
    _ read: @escaping @Sendable (YearMonth, _ warn: (Localized) -> Void) throws -> Part
  ) throws -> [Part] {
    let results = ConcurrentResults<MonthRead<Part>>(count: months.count)
    if !months.isEmpty {
      DispatchQueue.concurrentPerform(iterations: min(2, months.count)) { lane in
        for slot in stride(from: lane, to: months.count, by: 2) {
          var warnings: [Localized] = []
          do {
            let part = try read(months[slot]) { warnings.append($0) }
            results.set(slot, .read(part, warnings: warnings))
          } catch {
            results.set(slot, .failed(error, warnings: warnings))
          }
        }
      }
    }
    var parts: [Part] = []
    for result in results.all() {
      switch result {
      case .read(let part, let warnings):
        warnings.forEach(warn)
        parts.append(part)
      case .failed(let error, let warnings):
        warnings.forEach(warn)
        throw error
      }
    }
    return parts
  }
}
