/// A team command refused because of what the clerk asked for: a reference that does not
/// resolve, or a change that breaks a rule of the teams' work.
public enum TeamError: LiaisonError {
  /// Nothing matches the id (or name or phone) given; `list` is the command that lists them.
  case notFound(what: Localized, reference: String, list: String)
  /// A name matches several records; each candidate is described on its own line.
  case ambiguous(what: Localized, reference: String, candidates: [String])
  /// The value is understood but breaks a rule.
  case rule(Localized)

  static let person = Localized(en: "team person", zh: "组团人员")
  static let team = Localized(en: "team", zh: "服务团")
  static let task = Localized(en: "team task", zh: "组团任务")
  static let work = Localized(en: "work record", zh: "服务记录")

  public var exitStatus: ExitStatus {
    switch self {
    case .notFound, .ambiguous: .usage
    case .rule: .dataError
    }
  }

  public var message: Localized {
    switch self {
    case .notFound(let what, let reference, let list):
      Localized(
        en: "No \(what.en) matches '\(reference)'; 'liaison \(list)' shows them with their ids.",
        zh: "找不到与 '\(reference)' 对应的\(what.zh)；'liaison \(list)' 可列出编号。")
    case .ambiguous(let what, let reference, let candidates):
      Localized(
        en: "'\(reference)' matches \(candidates.count) \(what.en)s; give the id instead:"
          + candidates.map { "\n  " + $0 }.joined(),
        zh: "'\(reference)' 对应 \(candidates.count) 个\(what.zh)，请改用编号："
          + candidates.map { "\n  " + $0 }.joined())
    case .rule(let sentence):
      sentence
    }
  }
}
