/// `check` on `rules/forms.json` and on what it lets members hold: a member's duty is one
/// the tool knows or one the township lists there, else no command would have taken it.
extension FolderCheck {
  mutating func checkForms() {
    var township: [String] = []
    do {
      if let data = try FileReader.contents(folder.file(FormSettings.fileName)) {
        township = try FormSettings.decode(data, path: FormSettings.fileName).duties ?? []
      }
    } catch {
      let detail = (error as? StoreError).map { "\($0.localizedDescription)" } ?? "\(error)"
      report(FormSettings.fileName, en: detail, zh: detail)
      return
    }
    let listed = Set(township.map(\.trimmedSpaces))
    for member in roster.members {
      for duty in member.duties where !duty.isKnown && !listed.contains(duty.rawValue) {
        report(
          RosterFiles.members, line: line(of: member.id, in: RosterFiles.members),
          en: "\(member.id): duty '\(duty.rawValue)' is neither a known duty nor listed under "
            + "\"duties\" in \(FormSettings.fileName)",
          zh: "\(member.id)：职责“\(duty.rawValue)”既非已知职责，也未列入 \(FormSettings.fileName) 的 \"duties\"")
      }
    }
  }
}
