import Foundation
import LiaisonCore
import Testing

@testable import liaison_bench

/// The roll-up's township folders and the first run's removal of the index, on tiny folders.
@Suite struct BenchFoldersTests {
  @Test func theRollUpReadsFifteenTownshipsNamedApartWithoutTheSourcesIndex() throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-bench-test-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: work) }
    let folders = try BenchFolders(work: work, scale: .tiny)
    try FileManager.default.createDirectory(
      atPath: work + "/full/.index", withIntermediateDirectories: false)

    let paths = try folders.paths(for: .rollUp)
    #expect(paths.count == 15 && Set(paths).count == 15)
    let names = try paths.map { path in
      let data = try Data(contentsOf: URL(fileURLWithPath: path + "/liaison.json"))
      return try JSONDecoder().decode(Manifest.self, from: data).township.name
    }
    #expect(Set(names).count == 15)
    #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0 + "/.index") })
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: paths[0] + "/visits")
        == FileManager.default.contentsOfDirectory(atPath: work + "/full/visits"))
    #expect(try folders.paths(for: .rollUp) == paths)

    try BenchFolders.removeIndex(in: [work + "/full", paths[0]])
    #expect(!FileManager.default.fileExists(atPath: work + "/full/.index"))
  }
}
