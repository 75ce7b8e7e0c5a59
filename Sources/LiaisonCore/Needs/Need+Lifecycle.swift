/// The ways a need moves: open → in progress → resolved → closed, with reopen, cancel and
/// escalate. Each change is checked against where the need stands and appended to its
/// history; a refused change leaves the need exactly as it was.
extension Need {
  /// Someone has begun work on it.
  public mutating func start(
    _ stamp: NeedStamp, handler: String? = nil, note: String? = nil
  )
    throws
  {
    try require([.open], doing: Localized(en: "start", zh: "开始办理"), stamp: stamp)
    if let handler { self.handler = handler }
    record(.started, stamp, note: note)
  }

  /// The work is done; `resolution` says what was done.
  public mutating func resolve(_ stamp: NeedStamp, resolution: String, note: String? = nil) throws {
    try require([.open, .inProgress], doing: Localized(en: "resolve", zh: "办结"), stamp: stamp)
    try requireText(resolution, option: "resolution")
    self.resolution = resolution
    resolved = stamp.date
    record(.resolved, stamp, note: note ?? resolution)
  }

  /// Strikes it off (销号) with the household's satisfaction. A need not yet resolved may
  /// be resolved and closed at once when `resolution` is given.
  public mutating func close(
    _ stamp: NeedStamp, satisfaction: Satisfaction, resolution: String? = nil,
    note: String? = nil
  ) throws {
    if status.isPending, let resolution {
      try resolve(stamp, resolution: resolution)
    } else if status == .resolved, let resolution, resolution != self.resolution {
      throw RosterError.rule(
        Localized(
          en: "Need \(id) is already resolved (\(self.resolution ?? "")); close it without "
            + "--resolution, or reopen it first to record another resolution.",
          zh: "诉求 \(id) 已办结（\(self.resolution ?? "")）；请不带 --resolution 销号，或先重新打开再登记新的办理结果。"))
    }
    guard status.isPending || status == .resolved else {
      try require([.resolved], doing: Localized(en: "close", zh: "销号"), stamp: stamp)
      return
    }
    guard status == .resolved else {
      throw RosterError.rule(
        Localized(
          en: "Need \(id) is \(status.rawValue): only a resolved need can be closed "
            + "(不办结不销号). Give --resolution \"what was done\" to resolve and close it at once, "
            + "or run 'liaison need resolve \(id) --resolution …' first.",
          zh: "诉求 \(id) 当前为“\(status.chineseLabel)”：只有已办结的诉求才能销号（不办结不销号）。"
            + "请加 --resolution \"办理结果\" 同时办结并销号，或先运行 'liaison need resolve \(id) --resolution …'。"))
    }
    try checkDate(stamp)
    self.satisfaction = satisfaction
    closed = stamp.date
    record(.closed, stamp, note: note, satisfaction: satisfaction)
  }

  /// Opens it again: the household says it is not done after all.
  public mutating func reopen(_ stamp: NeedStamp, reason: String) throws {
    try require(
      [.resolved, .closed], doing: Localized(en: "reopen", zh: "重新打开"), stamp: stamp)
    try requireText(reason, option: "reason")
    resolution = nil
    resolved = nil
    satisfaction = nil
    closed = nil
    record(.reopened, stamp, note: reason)
  }

  /// Withdraws it (the household no longer needs it, or it was entered twice). It stays
  /// on file with the reason.
  public mutating func cancel(_ stamp: NeedStamp, reason: String) throws {
    try require(
      [.open, .inProgress], doing: Localized(en: "cancel", zh: "撤销"), stamp: stamp)
    try requireText(reason, option: "reason")
    record(.cancelled, stamp, note: reason)
  }

  /// Hands it up to a larger scale: a small need to the village, a medium one to the
  /// township. The handler changes with it; the due date does not.
  public mutating func escalate(
    to scale: NeedScale, _ stamp: NeedStamp, reason: String, handler: String? = nil
  ) throws {
    try require(
      [.open, .inProgress], doing: Localized(en: "escalate", zh: "升级"), stamp: stamp)
    try requireText(reason, option: "reason")
    guard scale > self.scale else {
      throw RosterError.rule(
        Localized(
          en: "Need \(id) is already \(self.scale.rawValue); it can only be escalated to a larger "
            + "scale (small → medium → large).",
          zh: "诉求 \(id) 已是“\(self.scale.chineseLabel)”，只能升级到更大的层级（小事 → 中事 → 大事）。"))
    }
    let from = self.scale
    self.scale = scale
    self.handler = handler
    record(
      .escalated, stamp,
      note: "\(from.chineseLabel) → \(scale.chineseLabel) (\(from.rawValue) → \(scale.rawValue)): "
        + reason)
  }

  /// Adds a note to its history without changing where it stands.
  public mutating func addNote(_ stamp: NeedStamp, text: String) throws {
    try checkDate(stamp)
    try requireText(text, option: "text")
    record(.noted, stamp, note: text)
  }

  private mutating func record(
    _ action: NeedAction, _ stamp: NeedStamp, note: String?, satisfaction: Satisfaction? = nil
  ) {
    if let status = action.resultingStatus { self.status = status }
    history.append(
      NeedEvent(
        date: stamp.date, action: action, by: stamp.by, note: note, satisfaction: satisfaction,
        recordedAt: stamp.recordedAt))
  }

  private func require(_ allowed: [NeedStatus], doing action: Localized, stamp: NeedStamp) throws {
    guard allowed.contains(status) else {
      let en = allowed.map(\.rawValue).joined(separator: " or ")
      let zh = allowed.map { "“\($0.chineseLabel)”" }.joined(separator: "或")
      throw RosterError.rule(
        Localized(
          en: "Need \(id) is \(status.rawValue); only a need that is \(en) can be told to "
            + "\(action.en). 'liaison need show \(id)' shows its history.",
          zh: "诉求 \(id) 当前为“\(status.chineseLabel)”，只有\(zh)的诉求才能\(action.zh)。"
            + "'liaison need show \(id)' 可查看其经过。"))
    }
    try checkDate(stamp)
  }

  /// A change is dated no earlier than the need was raised or last changed, and not in
  /// the future.
  func checkDate(_ stamp: NeedStamp) throws {
    if stamp.date > stamp.today {
      throw RosterError.rule(
        Localized(
          en: "--date \(stamp.date) is in the future (today is \(stamp.today)).",
          zh: "--date \(stamp.date) 晚于今天（\(stamp.today)）。"))
    }
    if stamp.date < raised {
      throw RosterError.rule(
        Localized(
          en:
            "--date \(stamp.date) is before need \(id) was raised (\(raised)); give a later date.",
          zh: "--date \(stamp.date) 早于诉求 \(id) 的登记日期（\(raised)），请给出更晚的日期。"))
    }
    if let last = history.last, stamp.date < last.date {
      throw RosterError.rule(
        Localized(
          en: "--date \(stamp.date) is before the need's last change (\(last.action.rawValue) on "
            + "\(last.date)); its history runs forward, so give \(last.date) or later.",
          zh: "--date \(stamp.date) 早于该诉求最近一次变更（\(last.date) \(last.action.chineseLabel)），"
            + "请给出 \(last.date) 或之后的日期。"))
    }
  }

  private func requireText(_ text: String, option: String) throws {
    guard !text.trimmedSpaces.isEmpty else {
      throw RosterError.rule(
        Localized(
          en: "--\(option) cannot be empty: say what was done or why.",
          zh: "--\(option) 不能为空：请写明办理情况或原因。"))
    }
  }
}
