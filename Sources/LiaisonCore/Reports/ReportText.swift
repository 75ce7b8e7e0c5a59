import Foundation

/// Small pieces of wording every report uses, in both languages.
enum ReportText {
  static func percent(_ share: Double?) -> String {
    share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
  }

  static func number(_ value: Double?) -> String {
    guard let value else { return "—" }
    return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }

  /// `text` in brackets as each language writes them: `（…）` or ` (…)`.
  static func bracketed(_ text: String, _ language: Language) -> String {
    language == .zh ? "（\(text)）" : " (\(text))"
  }

  static func day(_ day: Day?) -> String { day?.description ?? "—" }

  /// `2026年11月23日` / `23 November 2026`, as a date line on a form reads.
  static func longDay(_ day: Day, _ language: Language) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    return language == .zh
      ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(months[day.month - 1]) \(day.year)"
  }

  /// A total that counts each thing once however many rows hold it, so it is no sum and
  /// says so: `170（去重）` / `170 distinct`.
  static func distinct(_ count: Int, _ language: Language) -> String {
    language == .zh ? "\(count)（去重）" : "\(count) distinct"
  }

  /// "无" / "none" for an empty list.
  static func none(_ language: Language) -> String { language == .zh ? "无" : "none" }

  /// `2026年10月` / `2026-10`.
  static func month(_ month: YearMonth, _ language: Language) -> String {
    language == .zh ? "\(month.year)年\(month.month)月" : month.description
  }

  /// A left-aligned column headed in `language`.
  static func left(_ zh: String, _ en: String, _ language: Language) -> TextTable.Column {
    TextTable.Column(language == .zh ? zh : en)
  }

  /// A free-text column (a need, a note) headed in `language`: it wraps anywhere a line may
  /// break on a narrow page.
  static func prose(_ zh: String, _ en: String, _ language: Language) -> TextTable.Column {
    TextTable.Column(language == .zh ? zh : en, kind: .prose)
  }

  /// A right-aligned (number) column headed in `language`.
  static func right(_ zh: String, _ en: String, _ language: Language) -> TextTable.Column {
    TextTable.Column(language == .zh ? zh : en, alignment: .right)
  }

  /// Chart colours of the urgency colours, as printed on the township's lists.
  static func colour(_ urgency: NeedUrgency) -> String {
    switch urgency {
    case .red: "#d62728"
    case .orange: "#ff7f0e"
    case .yellow: "#e6c200"
    case .green: "#2ca02c"
    }
  }
}
