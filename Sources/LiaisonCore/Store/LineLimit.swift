/// The longest line liaison writes into a data file, and so the longest it reads back.
///
/// A visit with long notes in every field is a few kilobytes; 4 MiB leaves room for
/// anything a clerk types while keeping every reader's memory bounded: a log that is one
/// endless line (a sparse file, a hand edit gone wrong) is refused at the first line past
/// the limit instead of being read whole.
enum LineLimit {
  static let bytes = 4 << 20
  /// The limit as the messages state it.
  static let described = "4 MiB"
}
