/// A command refused because of what the clerk asked for: a reference that does not
/// resolve, a value that breaks a rule, a record still in use.
public enum RosterError: LiaisonError {
  /// Nothing matches the id, name or phone given.
  case notFound(RecordKind, String)
  /// Nothing matches exactly, but these records have names close to it.
  case notFoundButClose(RecordKind, String, suggestions: [String])
  /// A name matches several records; each candidate is described on its own line.
  case ambiguous(RecordKind, String, candidates: [String])
  /// A value cannot be understood (a malformed date, an unknown choice); `field` is an
  /// option's name (`date`) or an argument's placeholder (`<shell>`).
  case invalidValue(field: String, value: String, expected: Localized)
  /// The value is understood but breaks a rule of the roster.
  case rule(Localized)
  /// `remove` refused because other records depend on this one.
  case inUse(RecordKind, String, dependents: [Localized], forceHelps: Bool)

  public var exitStatus: ExitStatus {
    switch self {
    case .notFound, .notFoundButClose, .ambiguous, .invalidValue: .usage
    case .rule, .inUse: .dataError
    }
  }

  public var message: Localized {
    switch self {
    case .notFound(let kind, let reference)
    where ![.village, .grid, .member, .household].contains(kind):
      let list = kind == .adjustment ? "score adjustments" : "\(kind.rawValue) list"
      return Localized(
        en: "No \(kind.label.en) has the id '\(reference)'; "
          + "'liaison \(list)' shows them with their ids.",
        zh: "没有编号为 '\(reference)' 的\(kind.label.zh)；'liaison \(list)' 可列出编号。")
    case .notFound(let kind, let reference):
      // What each kind is found by: members and households by phone too, grids with their
      // village, since every village has its 第一网格.
      let by: Localized =
        switch kind {
        case .member, .household:
          Localized(en: "an id, an exact name or a phone", zh: "编号、完整姓名或电话")
        case .grid:
          Localized(
            en: "an id, a code or a name, with its village when several have it "
              + "(凤林村/第一网格)",
            zh: "编号、编码或名称，多村同名时连村名（凤林村/第一网格）")
        default: Localized(en: "an id, a code or an exact name", zh: "编号、编码或完整名称")
        }
      return Localized(
        en: "No \(kind.label.en) matches '\(reference)'. Give \(by.en); "
          + "'liaison \(kind.rawValue) list' shows them all.",
        zh: "找不到与 '\(reference)' 对应的\(kind.label.zh)。请给出\(by.zh)；"
          + "'liaison \(kind.rawValue) list' 可列出全部。")
    case .notFoundButClose(let kind, let reference, let suggestions):
      let list = suggestions.map { "\n  " + $0 }.joined()
      return Localized(
        en: "No \(kind.label.en) is named exactly '\(reference)'. Did you mean:" + list,
        zh: "没有名称恰为 '\(reference)' 的\(kind.label.zh)。您是不是要找：" + list)
    case .ambiguous(let kind, let reference, let candidates):
      let list = candidates.map { "\n  " + $0 }.joined()
      // A grid can also be told apart by its village, as the candidates show it.
      let orGrid = kind == .grid ? (en: " or village/grid", zh: "或“村/网格”") : (en: "", zh: "")
      return Localized(
        en: "'\(reference)' matches \(candidates.count) \(kind.label.en)s; give the id\(orGrid.en) "
          + "instead:" + list,
        zh: "'\(reference)' 对应 \(candidates.count) 个\(kind.label.zh)，请改用编号\(orGrid.zh)：" + list)
    case .invalidValue(let field, let value, let expected):
      // A positional argument is named as the usage line shows it (`<shell>`), an option
      // with its dashes.
      let place = field.hasPrefix("<") ? field : "--" + field
      return Localized(
        en: "'\(value)' is not a valid value for \(place): expected \(expected.en).",
        zh: "'\(value)' 不是 \(place) 的有效值：应为\(expected.zh)。")
    case .rule(let sentence):
      return sentence
    case .inUse(let kind, let id, let dependents, let forceHelps):
      let listEN = dependents.map(\.en).joined(separator: ", ")
      let listZH = dependents.map(\.zh).joined(separator: "、")
      let adviceEN =
        forceHelps
        ? "Pass --force to remove it anyway, which also \(listEN.isEmpty ? "" : "detaches: ")\(listEN)."
        : "Remove or change those first."
      let adviceZH =
        forceHelps ? "如仍要删除请加 --force，将同时解除：\(listZH)。" : "请先删除或修改这些记录。"
      return Localized(
        en: "\(kind.label.en.capitalized) \(id) is still in use: \(listEN). Nothing was removed. "
          + adviceEN,
        zh: "\(kind.label.zh) \(id) 仍被使用：\(listZH)。未删除任何内容。" + adviceZH)
    }
  }
}
