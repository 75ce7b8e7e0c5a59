/// What a clerk gives to raise a need; the rest (id, due date, handler, history) is
/// worked out when it is raised.
public struct NeedDraft: Sendable {
  /// The household: an id, the head's exact name or a phone.
  public var household: String
  public var text: String
  public var scale: NeedScale
  public var urgency: NeedUrgency
  public var support: NeedSupport?
  public var category: String?
  /// The member who raised it: an id, an exact name or a phone.
  public var raisedBy: String?
  /// Who handles it: for a small need a member (id, name or phone); otherwise the named
  /// village committee member or township office, as written.
  public var handler: String?
  /// The visit it was raised on.
  public var visit: String?
  /// The day it was raised (default: today).
  public var date: Day?

  public init(
    household: String, text: String, scale: NeedScale = .small, urgency: NeedUrgency = .green,
    support: NeedSupport? = nil, category: String? = nil, raisedBy: String? = nil,
    handler: String? = nil, visit: String? = nil, date: Day? = nil
  ) {
    self.household = household
    self.text = text
    self.scale = scale
    self.urgency = urgency
    self.support = support
    self.category = category
    self.raisedBy = raisedBy
    self.handler = handler
    self.visit = visit
    self.date = date
  }
}
