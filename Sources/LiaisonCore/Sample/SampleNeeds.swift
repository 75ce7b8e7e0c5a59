/// Residents' needs of a generated folder: raised on visits (a few brought to the clerk),
/// of every scale and colour, and carried through the real lifecycle methods so that every
/// history is one the commands could have written — started, escalated, resolved late or in
/// time, closed with the household's satisfaction, reopened, cancelled, or still open.
struct SampleNeeds {
  let lastDay: Day
  let deadlines = NeedDeadlines()

  /// A need raised on `visit` (or, one time in ten, brought to the clerk the same day),
  /// its id left for the caller to give once all months are in.
  func raise(on visit: Visit, village: String, _ random: inout SampleRandom) -> Need {
    let (text, scale) = random.pick(SampleNames.needTexts)
    let urgency = random.weighted([
      (NeedUrgency.red, 8), (.orange, 17), (.yellow, 35), (.green, 40),
    ])
    let atVisit = random.below(10) > 0
    let clerk = SampleNames.clerks[Int(village.dropFirst()).map { $0 % 5 } ?? 0]
    var need = Need(
      id: "", household: visit.household, text: text, scale: scale, urgency: urgency,
      support: random.chance(0.6) ? random.pick(NeedSupport.allCases) : nil,
      category: random.chance(0.3) ? random.pick(["基础设施", "民生保障", "矛盾纠纷", "医疗卫生"]) : nil,
      raisedBy: atVisit ? visit.member : nil, visit: atVisit ? visit.id : nil,
      raised: visit.date, due: deadlines.due(raised: visit.date, urgency: urgency),
      handler: handler(for: scale, member: visit.member, &random))
    need.history = [
      NeedEvent(
        date: visit.date, action: .raised, by: clerk,
        recordedAt: stamp(visit.date, clerk).recordedAt)
    ]
    carryOn(&need, clerk: clerk, &random)
    return need
  }

  private func handler(
    for scale: NeedScale, member: String, _ random: inout SampleRandom
  )
    -> String
  {
    switch scale {
    case .small: member
    case .medium: "村委委员" + SampleNames.person(&random, female: random.chance(0.4))
    case .large: random.pick(SampleNames.offices)
    }
  }

  /// Moves the need along as a township would; a change that would fall after the year's
  /// last day is not made, so the need stays where it stands then.
  private func carryOn(_ need: inout Need, clerk: String, _ random: inout SampleRandom) {
    let limit = deadlines.limit(need.urgency)
    var day = need.raised
    func next(_ days: Int) -> NeedStamp? {
      day = day.adding(days: days)
      return day <= lastDay ? stamp(day, clerk) : nil
    }
    if random.chance(0.03), let at = next(random.within(0...5)) {
      try? need.cancel(at, reason: random.pick(["农户已自行解决", "重复登记"]))
      return
    }
    if random.chance(0.8), let at = next(random.within(0...1)) {
      try? need.start(at, note: "已联系农户")
    }
    if need.scale != .large, random.chance(0.08), let at = next(random.within(0...2)) {
      let scale: NeedScale = need.scale == .small ? .medium : .large
      try? need.escalate(
        to: scale, at, reason: "需要上级协调",
        handler: handler(for: scale, member: need.raisedBy ?? "", &random))
    }
    let late = random.chance(0.25)
    let takes = late ? random.within(limit + 1...limit * 3 + 2) : random.within(0...limit)
    guard let resolvedAt = next(max(0, takes - (day.ordinal - need.raised.ordinal))) else { return }
    try? need.resolve(resolvedAt, resolution: random.pick(["已处理完毕", "已协调解决", "已上门维修"]))
    guard random.chance(0.8), let closedAt = next(random.within(0...3)) else { return }
    let satisfaction = random.weighted([
      (Satisfaction.satisfied, 75), (.basicallySatisfied, 20), (.dissatisfied, 5),
    ])
    try? need.close(closedAt, satisfaction: satisfaction)
    guard random.chance(0.04), let reopenedAt = next(random.within(2...10)) else { return }
    try? need.reopen(reopenedAt, reason: "问题又出现了")
    if random.chance(0.5), let again = next(random.within(1...limit)) {
      try? need.resolve(again, resolution: "再次处理完毕")
    }
  }

  /// Recorded at a fixed hour of the day it is dated: nothing in the folder reads the clock.
  func stamp(_ day: Day, _ clerk: String) -> NeedStamp {
    NeedStamp(
      date: day, by: clerk, recordedAt: SampleVisits.timestamp(day, minuteOfDay: 17 * 60 + 30),
      today: lastDay)
  }
}
