/// An input file (an import, a `--map` file) that cannot be used as a whole. The data folder
/// is not touched.
public struct InputFileError: LiaisonError {
  public var path: String
  public var reason: Localized
  public var exitStatus: ExitStatus

  public init(path: String, reason: Localized, exitStatus: ExitStatus = .dataError) {
    self.path = path
    self.reason = reason
    self.exitStatus = exitStatus
  }

  public var message: Localized {
    Localized(en: "\(path): ", zh: "\(path)：") + reason
      + Localized(en: ". Nothing was imported.", zh: "。未导入任何内容。")
  }
}
