/// Something a member did beyond visits: a leading-by-example activity or a volunteer
/// service (seed 002: at least one activity a month, photos archived). A line of
/// `activities.json`.
public struct Activity: Codable, Hashable, Sendable, Identifiable {
  /// `A00001`.
  public var id: String
  public var member: String
  public var date: Day
  public var kind: ActivityKind
  public var note: String?
  /// The evidence photos: kept in the folder (`photos/3a/3a7b….jpg`, `KeptPhotos`), or on
  /// records made before photos were kept, the outside paths the clerk gave.
  public var photos: [String]?
  /// When it was typed in, ISO 8601 with offset, and by whom.
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, member: String, date: Day, kind: ActivityKind, note: String? = nil,
    photos: [String]? = nil, recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.member = member
    self.date = date
    self.kind = kind
    self.note = note
    self.photos = photos
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}
