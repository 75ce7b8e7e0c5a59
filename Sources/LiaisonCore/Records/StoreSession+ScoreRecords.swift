import Foundation

/// Reading and writing the records that feed a score: `activities.json`,
/// `commitments.json`, `appraisals.json` and `adjustments.json`. Each is a roster-style
/// file rewritten whole on a change (they are few beside visits); a folder made before
/// they existed simply has none.
extension StoreSession {
  public func activities() throws -> [Activity] { try records(DataFolder.activitiesName) }
  public func commitments() throws -> [Commitment] { try records(DataFolder.commitmentsName) }
  public func appraisals() throws -> [Appraisal] { try records(DataFolder.appraisalsName) }
  public func adjustments() throws -> [ScoreAdjustment] {
    try records(DataFolder.adjustmentsName)
  }

  /// Everything a score is computed from, read once.
  /// - Parameter readingVisits: false leaves `visits` empty, for a reader that needs only
  ///   the other records: the year's lists take their scores from a board, which reads
  ///   visits through the index, and decoding every visit of the year was most of
  ///   `score lists`.
  public func scoreRecords(readingVisits: Bool = true) throws -> ScoreRecords {
    ScoreRecords(
      roster: try roster(), visits: readingVisits ? try visits(VisitFilter()) : [],
      needs: try needs(), activities: try activities(), commitments: try commitments(),
      appraisals: try appraisals(), adjustments: try adjustments())
  }

  /// The records of an optional file: none when the file is absent.
  func records<T: Decodable>(_ name: String) throws -> [T] {
    let path = folder.file(name)
    guard let data = try FileReader.contents(path) else { return [] }
    return try RecordCodec.decodeRoster(T.self, from: data, path: path)
  }

  /// Replaces a record file through the durable writer.
  func saveRecords<T: Encodable & Identifiable>(_ records: [T], to name: String) throws
  where T.ID == String {
    precondition(writable, "saving \(name) needs the folder opened for writing")
    try writer.replace(name, with: try RecordCodec.rosterFile(records))
  }

  /// Finds a record by its id, with or without the letter and leading zeros (`A00012`,
  /// `A12`, `12`).
  func record<T: Identifiable>(
    _ reference: String, _ kind: RecordKind, in records: [T]
  ) throws
    -> T where T.ID == String
  {
    let wanted = reference.trimmedSpaces.uppercased()
    let letter = kind.idPrefix.letter
    let digits = wanted.hasPrefix(letter) ? String(wanted.dropFirst(letter.count)) : wanted
    if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits),
      let found = records.first(where: { Int($0.id.dropFirst(letter.count)) == number })
    {
      return found
    }
    throw RosterError.notFound(kind, reference)
  }

  /// Removes one record entered by mistake.
  /// - Returns: the record removed.
  func removeRecord<T: Codable & Identifiable>(
    _ reference: String, _ kind: RecordKind, file name: String
  ) throws -> T where T.ID == String {
    var all: [T] = try records(name)
    let found = try record(reference, kind, in: all)
    all.removeAll { $0.id == found.id }
    try saveRecords(all, to: name)
    return found
  }

  public func removeActivity(_ reference: String) throws -> Activity {
    try removeRecord(reference, .activity, file: DataFolder.activitiesName)
  }

  public func removeCommitment(_ reference: String) throws -> Commitment {
    try removeRecord(reference, .commitment, file: DataFolder.commitmentsName)
  }

  public func removeAppraisal(_ reference: String) throws -> Appraisal {
    try removeRecord(reference, .appraisal, file: DataFolder.appraisalsName)
  }

  public func removeAdjustment(_ reference: String) throws -> ScoreAdjustment {
    try removeRecord(reference, .adjustment, file: DataFolder.adjustmentsName)
  }

  /// How many score records name a member, for `member remove` to refuse.
  func scoreRecordCount(member: String) throws -> Int {
    try activities().count { $0.member == member }
      + commitments().count { $0.member == member }
      + appraisals().count { $0.member == member }
      + adjustments().count { $0.member == member }
  }
}
