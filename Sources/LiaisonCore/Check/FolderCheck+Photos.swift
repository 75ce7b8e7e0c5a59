/// `check` on the photos activities name: a kept photo must be there with the bytes it was
/// kept with; a photo outside the folder (records made before photos were kept) is named,
/// since neither backups nor another computer have it.
extension FolderCheck {
  mutating func checkPhotos(_ activities: [Activity]) {
    let name = DataFolder.activitiesName
    for activity in activities {
      for photo in activity.photos ?? [] {
        let at = line(of: activity.id, in: name)
        if KeptPhotos.isKept(photo) {
          guard let problem = KeptPhotos.problem(photo, in: folder) else { continue }
          report(
            name, line: at, en: "\(activity.id): \(problem.en)", zh: "\(activity.id)：\(problem.zh)")
        } else {
          report(
            name, line: at,
            en: "\(activity.id): photo \(photo) is outside the data folder; backups do not carry "
              + "it (add the activity again with --photo to keep a copy inside)",
            zh: "\(activity.id)：照片 \(photo) 在数据文件夹之外，备份不含此照片（可用 --photo 重新登记以在文件夹内留档）")
        }
      }
    }
  }
}
