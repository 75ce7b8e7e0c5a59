extension Array where Element: Equatable {
  /// The elements without repeats, first occurrence kept: a tag or staff member given
  /// twice is stored once.
  func uniqued() -> [Element] {
    reduce(into: []) { kept, element in
      if !kept.contains(element) { kept.append(element) }
    }
  }
}
