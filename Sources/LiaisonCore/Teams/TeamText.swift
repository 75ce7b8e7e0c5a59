/// Short labels the team reports share.
enum TeamText {
  /// The list's name, shortened for a table column (党建, 实事, 每周, 共性).
  static func list(_ list: TeamTaskList, _ language: Language) -> String {
    guard language == .zh else { return list.rawValue }
    switch list {
    case .partyBuilding: return "党建"
    case .yearlyAid: return "实事"
    case .weekly: return "每周"
    case .common: return "共性"
    }
  }

}
