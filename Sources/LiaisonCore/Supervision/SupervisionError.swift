/// What goes wrong recording or reading supervision records, said in both languages with
/// what to do.
public enum SupervisionError: LiaisonError {
  /// No record of the kind has the id.
  case notFound(kind: Localized, id: String, list: String)
  /// The value is understood but breaks a rule.
  case rule(Localized)

  public var exitStatus: ExitStatus {
    switch self {
    case .notFound: .usage
    case .rule: .dataError
    }
  }

  public var message: Localized {
    switch self {
    case .notFound(let kind, let id, let list):
      Localized(
        en: "No \(kind.en) has the id '\(id)'; 'liaison \(list)' shows them with their ids.",
        zh: "没有编号为 '\(id)' 的\(kind.zh)；'liaison \(list)' 可列出编号。")
    case .rule(let message): message
    }
  }
}
