import LiaisonCore

/// The reports other than the monthly one.
enum ReportListCommands {
  static var commands: [Command] { [] }
}
