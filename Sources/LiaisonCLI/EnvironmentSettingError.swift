import LiaisonCore

/// An environment variable liaison reads holds something it cannot use; shown like a
/// usage error, with the command's usage line.
struct EnvironmentSettingError: LiaisonError {
  var message: Localized
  var exitStatus: ExitStatus { .usage }
}
