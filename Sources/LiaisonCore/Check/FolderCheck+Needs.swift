import Foundation

/// `check` on `needs.json` and `rules/needs.json`: every need refers to records that exist,
/// and its status is what its history says.
extension FolderCheck {
  mutating func checkNeeds() {
    let name = DataFolder.needsName
    // A folder made before needs existed has no needs.json; that is not a problem.
    guard FileManager.default.fileExists(atPath: folder.file(name)) else { return }
    let needs: [Need] = loadPlain(name)
    let members = Set(roster.members.map(\.id))
    let households = Set(roster.households.map(\.id))
    for need in needs {
      let line = line(of: need.id, in: name)
      func problem(_ en: String, _ zh: String) {
        report(name, line: line, en: "\(need.id): \(en)", zh: "\(need.id)：\(zh)")
      }
      if !households.contains(need.household), canCheck(referenceInto: RosterFiles.households) {
        problem("unknown household \(need.household)", "农户 \(need.household) 不存在")
      }
      if let member = need.raisedBy, !members.contains(member),
        canCheck(referenceInto: RosterFiles.members)
      {
        problem("unknown member \(member) (raisedBy)", "提出党员 \(member) 不存在")
      }
      if need.scale == .small, let handler = need.handler, !members.contains(handler),
        canCheck(referenceInto: RosterFiles.members)
      {
        problem("unknown member \(handler) (handler)", "责任党员 \(handler) 不存在")
      }
      if let visit = need.visit, !tally.contains(visit) {
        problem("raised on visit \(visit), which is not in any visit log", "所属走访 \(visit) 不在走访日志中")
      }
      if need.due < need.raised {
        problem(
          "due \(need.due) before it was raised (\(need.raised))",
          "期限 \(need.due) 早于登记日期 \(need.raised)")
      }
      checkHistory(need, problem: problem)
    }
  }

  /// A history starts with `raised` on the day raised, runs forward, and ends where the
  /// need's status says it stands.
  private func checkHistory(_ need: Need, problem: (String, String) -> Void) {
    guard let first = need.history.first, first.action == .raised, first.date == need.raised
    else {
      return problem(
        "its history must begin with 'raised' on \(need.raised)",
        "办理经过须以 \(need.raised) 的“登记”开始")
    }
    for (earlier, later) in zip(need.history, need.history.dropFirst())
    where later.date < earlier.date {
      return problem(
        "its history goes back in time (\(later.date) after \(earlier.date))",
        "办理经过日期倒序（\(earlier.date) 之后出现 \(later.date)）")
    }
    let fromHistory = need.history.compactMap(\.action.resultingStatus).last ?? .open
    if fromHistory != need.status {
      problem(
        "status is \(need.status.rawValue) but its history ends \(fromHistory.rawValue)",
        "状态为“\(need.status.chineseLabel)”，但办理经过显示为“\(fromHistory.chineseLabel)”")
    }
  }

  mutating func checkNeedDeadlines() {
    let name = NeedDeadlines.fileName
    do {
      guard let data = try FileReader.contents(folder.file(name)) else { return }
      _ = try NeedDeadlines.decode(data, path: name)
    } catch let error as StoreError {
      if case .unreadable(_, _, let detail) = error {
        report(name, en: detail.en, zh: detail.zh)
      } else {
        problems.append(CheckProblem(file: name, message: error.message))
      }
    } catch {
      report(name, en: "\(error)", zh: "\(error)")
    }
  }
}
