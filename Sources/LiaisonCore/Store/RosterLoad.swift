import Dispatch
import Foundation

/// Reads the five roster files on two cores: households (the largest, about half the bytes
/// at county scale) on one, the other four on the other — and `needs.json` beside them
/// when asked, on the households' core. A file that cannot be read is reported as reading
/// them one by one would: the first in the usual order, the needs last.
///
/// A reading command reads each file's snapshot instead when one holds
/// (`RecordSnapshotFile`), and stages one for the next reader when it does not.
struct RosterLoad: Sendable {
  let folder: DataFolder
  /// Where a reading session stages snapshots; nil for a command that changes records,
  /// which reads the files themselves.
  var snapshots: StagedIndexes? = nil

  /// One file's records, or why it could not be read.
  private enum Part: Sendable {
    case villages([Village]), grids([Grid]), members([Member]), households([Household])
    case links([Link]), needs([Need])
    case failed(any Error)
  }

  func roster() throws -> Roster { try read(needs: false).roster }

  /// The roster and every need on file, read side by side: a report that counts both
  /// waited for one and then the other (the needs are 9 MB at county scale, as big as the
  /// households).
  func rosterAndNeeds() throws -> (roster: Roster, needs: [Need]) {
    let read = try read(needs: true)
    return (read.roster, read.needs)
  }

  private func read(needs: Bool) throws -> (roster: Roster, needs: [Need]) {
    let order =
      [
        RosterFiles.villages, RosterFiles.grids, RosterFiles.members, RosterFiles.households,
        RosterFiles.links,
      ] + (needs ? [DataFolder.needsName] : [])
    let results = ConcurrentResults<Part>(count: order.count)
    let lanes = needs ? [[3, 2, 1, 0], [4, 5]] : [[3], [4, 2, 1, 0]]
    DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
      for index in lanes[lane] { results.set(index, read(order[index])) }
    }
    var roster = Roster(retired: try retired())
    var allNeeds: [Need] = []
    for part in results.all() {
      switch part {
      case .villages(let records): roster.villages = records
      case .grids(let records): roster.grids = records
      case .members(let records): roster.members = records
      case .households(let records): roster.households = records
      case .links(let records): roster.links = records
      case .needs(let records): allNeeds = records
      case .failed(let error): throw error
      }
    }
    return (roster, allNeeds)
  }

  /// `retired.json`, or none retired when it is absent.
  private func retired() throws -> RetiredIDs {
    let path = folder.file(DataFolder.retiredName)
    guard let data = try FileReader.contents(path) else { return RetiredIDs() }
    do {
      return try JSONDecoder().decode(RetiredIDs.self, from: data)
    } catch {
      throw StoreError.unreadable(path: path, line: nil, detail: RecordCodec.describe(error))
    }
  }

  private func read(_ name: String) -> Part {
    do {
      switch name {
      case RosterFiles.villages: return .villages(try load(name))
      case RosterFiles.grids: return .grids(try load(name))
      case RosterFiles.members: return .members(try load(name))
      case RosterFiles.households: return .households(try load(name))
      case RosterFiles.links: return .links(try load(name))
      default: return .needs(try Need.load(in: folder, snapshots: snapshots))
      }
    } catch {
      return .failed(error)
    }
  }

  /// A roster file's records: the fast way when the file is laid out as we write it.
  private func load<T: PlainRecord & SnapshotRecord>(_ name: String) throws -> [T] {
    try RecordSnapshotFile.records(T.self, of: name, in: folder, staged: snapshots) {
      let path = folder.file(name)
      guard let data = try FileReader.contents(path) else {
        throw StoreError.unreadable(
          path: path, line: nil,
          detail: Localized(
            en: "the file is missing (every data folder has one)",
            zh: "文件缺失（每个数据文件夹都应有此文件）"))
      }
      return try RecordCodec.decodePlainRoster(T.self, from: data, path: path)
    }
  }
}
