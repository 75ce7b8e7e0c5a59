import Foundation

/// The four files of records that feed a score, as a whole: what `export all` carries and
/// `import all` writes back.
public struct ScoreRecordFiles: Codable, Sendable, Equatable {
  public var activities: [Activity] = []
  public var commitments: [Commitment] = []
  public var appraisals: [Appraisal] = []
  public var adjustments: [ScoreAdjustment] = []

  public init() {}

  /// The files whose records differ from `before`, with their new bytes.
  func changedFiles(since before: ScoreRecordFiles) throws -> [String: Data] {
    var files: [String: Data] = [:]
    if activities != before.activities {
      files[DataFolder.activitiesName] = try RecordCodec.rosterFile(activities)
    }
    if commitments != before.commitments {
      files[DataFolder.commitmentsName] = try RecordCodec.rosterFile(commitments)
    }
    if appraisals != before.appraisals {
      files[DataFolder.appraisalsName] = try RecordCodec.rosterFile(appraisals)
    }
    if adjustments != before.adjustments {
      files[DataFolder.adjustmentsName] = try RecordCodec.rosterFile(adjustments)
    }
    return files
  }
}

extension StoreSession {
  /// The four files as they are on disk.
  func scoreRecordFiles() throws -> ScoreRecordFiles {
    var files = ScoreRecordFiles()
    files.activities = try activities()
    files.commitments = try commitments()
    files.appraisals = try appraisals()
    files.adjustments = try adjustments()
    return files
  }
}
