/// `import all` of the records that feed a score: each is kept whole, by its id, once its
/// member is known to the folder.
extension RosterImport {
  mutating func importRecord(_ activity: Activity) throws -> (ImportPlan.Action, String, String) {
    try upsert(
      activity, member: activity.member, kind: .activity, in: \.activities,
      summary: activity.kind.rawValue)
  }

  mutating func importRecord(_ commitment: Commitment) throws -> (ImportPlan.Action, String, String)
  {
    try upsert(
      commitment, member: commitment.member, kind: .commitment, in: \.commitments,
      summary: commitment.text)
  }

  mutating func importRecord(_ appraisal: Appraisal) throws -> (ImportPlan.Action, String, String) {
    try upsert(
      appraisal, member: appraisal.member, kind: .appraisal, in: \.appraisals,
      summary: appraisal.slot)
  }

  mutating func importRecord(
    _ adjustment: ScoreAdjustment
  ) throws -> (ImportPlan.Action, String, String) {
    try upsert(
      adjustment, member: adjustment.member, kind: .adjustment, in: \.adjustments,
      summary: adjustment.reason)
  }

  private mutating func upsert<T: Identifiable & Equatable>(
    _ record: T, member: String, kind: RecordKind, in path: WritableKeyPath<ScoreRecordFiles, [T]>,
    summary: String
  ) throws -> (ImportPlan.Action, String, String) where T.ID == String {
    _ = try roster.member(member)
    _ = try kind.assign(record.id, existing: [], checked: true)
    return (Self.upsert(record, into: &scored[keyPath: path]), record.id, summary)
  }
}
