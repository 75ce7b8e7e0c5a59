import Foundation
import Testing

@testable import LiaisonCore

/// `FileReader.contents` gives a file's bytes exactly, whatever its size against the
/// blocks it reads in, and refuses one past its limit.
@Suite struct FileReaderContentsTests {
  @Test(arguments: [0, 1, 4_095, 65_535, 65_536, 65_537, 1 << 20, (1 << 20) + 3])
  func aFileReadsBackAsWritten(size: Int) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-contents-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var state: UInt64 = UInt64(size) &+ 1
    let bytes = Data(
      (0..<size).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 33)
      })
    let path = folder.appendingPathComponent("file").path
    try bytes.write(to: URL(fileURLWithPath: path))
    #expect(try FileReader.contents(path) == bytes)
    #expect(try FileReader.contents(folder.appendingPathComponent("none").path) == nil)
    if size > 0 {
      #expect(throws: StoreError.self) { try FileReader.contents(path, limit: size - 1) }
    }
  }
}
