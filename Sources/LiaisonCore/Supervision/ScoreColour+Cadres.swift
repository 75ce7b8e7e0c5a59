/// The 红黄灰 appraisal of a village's cadres (三色考评, seed 000 江山) and its 两晋双停
/// consequences, read from the village organisation's index: liaison keeps no appraisal
/// of each cadre, so the village's cadres are coloured as a body. Red proposes moving up
/// in pay grade and post (两晋: 晋档、晋前); grey flags pay stopped and duties suspended
/// (双停: 停发、暂停). The tool flags; the township Party committee decides.
extension ScoreColour {
  /// `红（两晋）` / `red (move up)`; yellow has no consequence.
  public func cadreLabel(_ language: Language) -> String {
    let zh = language == .zh
    switch self {
    case .red: return zh ? "红（两晋）" : "red (move up)"
    case .yellow: return zh ? "黄" : "yellow"
    case .grey: return zh ? "灰（双停）" : "grey (stop)"
    }
  }

  /// What the colour proposes, in a sentence; nil for yellow.
  public func consequence(_ language: Language) -> String? {
    let zh = language == .zh
    switch self {
    case .red: return zh ? "两晋：晋档、晋前" : "两晋: up a pay grade and a post"
    case .yellow: return nil
    case .grey: return zh ? "双停：停发绩效、暂停职务" : "双停: pay stopped, duties suspended"
    }
  }
}
