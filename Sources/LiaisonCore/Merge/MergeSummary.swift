/// What a merge moved and which months' reports it changes: what `household merge` and
/// `member merge` tell the clerk, whether they wrote it or only showed it (`--dry-run`).
public struct MergeSummary: Sendable {
  public var kind: RecordKind
  /// The duplicate folded in, now retired.
  public var duplicate: String
  /// The record it repeated, which keeps everything.
  public var kept: String
  /// What the kept record is called ("王大妈", "张建国").
  public var keptName: String
  /// The records moved, by kind: "3 visits", "1 link folded into L00002" …
  public var moved: [Localized]
  /// From the duplicate's first day on the roster (or its first record) to this month.
  public var changedMonths: ReportedMonths
  /// Whether it was only planned.
  public var dryRun: Bool

  /// The sentence the command ends with.
  public var sentence: Localized {
    let list =
      moved.isEmpty
      ? Localized(en: "nothing else named it", zh: "没有其他记录引用它")
      : Localized(
        en: moved.map(\.en).joined(separator: ", "), zh: moved.map(\.zh).joined(separator: "、"))
    let label = kind.label
    let head =
      dryRun
      ? Localized(
        en: "Would merge \(label.en) \(duplicate) into \(keptName) (\(kept)), moving: ",
        zh: "将把\(label.zh) \(duplicate) 合并入 \(keptName)（\(kept)），移过：")
      : Localized(
        en: "Merged \(label.en) \(duplicate) into \(keptName) (\(kept)), moving: ",
        zh: "已把\(label.zh) \(duplicate) 合并入 \(keptName)（\(kept)），移过：")
    let tail =
      dryRun
      ? Localized(en: ". Nothing was written (--dry-run).", zh: "。未写入（--dry-run）。")
      : Localized(
        en: ". \(duplicate) is retired and never given again.",
        zh: "。编号 \(duplicate) 已停用，不再分配。")
    return head + list + tail + Localized(en: " ", zh: "") + changedMonths.sentence
  }
}
