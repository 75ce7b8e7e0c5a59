import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Issue #14, point 6: control characters, bidi overrides and invisible names are refused
/// on input, and anything already stored reaches the screen and files written out.
@Suite struct UnsafeTextTests {
  static let hostile: [String] = [
    "\u{1B}]0;pwned\u{07}", "a\u{1B}[2Jb", "\u{07}", "x\u{7F}", "y\u{85}", "\u{202E}dlrow",
    "\u{2066}iso\u{2069}", "a\u{0}b", "line\rover",
  ]

  @Test(arguments: hostile)
  func typedTextWithAControlCharacterIsRefused(_ text: String) throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let snapshot = sandbox.snapshot()
    for arguments in [
      ["member", "add", "--name", text, "--phone", "13700137000", "--village", "凤林村"],
      ["household", "edit", "王大妈", "--note", text],
      ["visit", "add", "--member", "张建国", "--household", "王大妈", "--note", text],
    ] {
      let result = sandbox.run(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.contains("control character U+"), "\(result.stderr)")
      #expect(sandbox.snapshot() == snapshot)
    }
  }

  /// The look at the bytes that lets plain output through untouched says "unsafe" exactly
  /// when the scalar walk would write something out: for every unsafe character, its
  /// neighbours that share its first bytes (Chinese quotes and dashes), and every kind of
  /// carriage return.
  @Test func theLookAtTheBytesAgreesWithTheScalarWalk() {
    let unsafe =
      (0x00...0x1F).map { $0 } + (0x7F...0x9F).map { $0 }
      + [0x061C, 0x200E, 0x200F] + (0x202A...0x202E).map { $0 } + (0x2066...0x2069).map { $0 }
    let neighbours = [
      0x09, 0x0A, 0x20, 0x7E, 0xA0, 0xFF, 0x061B, 0x061D, 0x200D, 0x2010, 0x2014, 0x201C,
      0x201D, 0x2029, 0x202F, 0x2060, 0x2065, 0x206A, 0x3001, 0xFF0C, 0x1F600,
    ]
    var corpus = ["", "plain", "凤林村 “好” — 是", "a\r\nb\r\n", "a\r", "\rb", "a\r\rb\n", "\r\n\r"]
    for value in unsafe + neighbours {
      let text = String(Unicode.Scalar(UInt32(value))!)
      corpus += [text, "前" + text, text + "后", "a\r\n" + text + "\r\n"]
    }
    for text in corpus {
      let escaped = UnsafeText.escaped(text)
      #expect(UnsafeText.holdsUnsafe(text) == (escaped != text), "\(text.debugDescription)")
      #expect(UnsafeText.visible(text) == escaped, "\(text.debugDescription)")
    }
  }

  @Test func aNameOfOnlyZeroWidthCharactersIsNoName() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let result = sandbox.run(
      "member", "add", "--name", "\u{200B}\u{200D}", "--phone", "13700137000", "--village", "凤林村")
    #expect(result.status == 65)
    #expect(result.stderr.contains("needs a name"), "\(result.stderr)")
  }

  @Test func importedCellsWithControlCharactersAreRejected() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let file = sandbox.root.path + "/农户.csv"
    try "户主,村,备注\n钱\u{1B}[31m叔,凤林村,\n周婶,凤林村,\u{202E}abc\n吴伯,凤林村,第一行\n第二行\n"
      .replacingOccurrences(of: "第一行\n第二行", with: "\"第一行\n第二行\"")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let result = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(result.status == 0, "\(result.stderr)")
    // The reasons wrap in their column; read them as one text.
    let reasons = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(reasons.contains("column 户主 holds the control character U+001B"), "\(reasons)")
    #expect(reasons.contains("column 备注 holds the control character U+202E"))
    #expect(sandbox.file("households.json").contains("吴伯"))
  }

  /// Every text field of every roster record, hand-edited to hold each hostile character,
  /// through every list, show and report format: nothing reaches the output raw.
  @Test func storedControlCharactersNeverReachTheOutputRaw() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20", "--note", "好"
    )
    let poison = Self.hostile.joined()
    for name in ["villages.json", "grids.json", "members.json", "households.json"] {
      var text = sandbox.file(name)
      for key in ["name", "head", "branch", "courtyard", "note"] {
        text = text.replacingOccurrences(
          of: "\"\(key)\":\"", with: "\"\(key)\":\"" + Self.jsonEscaped(poison))
      }
      try text.write(toFile: sandbox.data + "/" + name, atomically: true, encoding: .utf8)
    }
    let log = sandbox.file("visits/2026-11.jsonl").replacingOccurrences(
      of: "\"note\":\"", with: "\"note\":\"" + Self.jsonEscaped(poison))
    try log.write(toFile: sandbox.data + "/visits/2026-11.jsonl", atomically: true, encoding: .utf8)
    var commands: [[String]] = []
    for noun in ["village", "grid", "member", "household", "link", "visit"] {
      for format in ["table", "json", "csv"] {
        commands.append([noun, "list", "--format", format])
      }
    }
    for report in [
      ["report", "monthly", "--month", "2026-11"], ["report", "weekly"], ["report", "coverage"],
    ] {
      for format in ["text", "md", "csv", "json", "html"] {
        commands.append(report + ["--format", format])
      }
    }
    commands += [
      ["member", "show", "M0001"], ["household", "show", "H00001"], ["check"],
      ["member", "show", "不存在的人"],
    ]
    for arguments in commands {
      let result = sandbox.run(arguments)
      let output = result.stdout + result.stderr
      let raw = output.unicodeScalars.first {
        UnsafeText.isUnsafe($0) && $0 != "\n" && $0 != "\t" && $0 != "\r"
      }
      #expect(raw == nil, "\(arguments) printed \(raw.map(UnsafeText.name) ?? "")")
      #expect(!output.contains("\r") || arguments.contains("csv"), "\(arguments) printed a bare CR")
    }
    // The poisoned records were read and shown, written out.
    let list = try sandbox.ok("member", "list")
    #expect(list.contains("\\u001b]0;pwned\\u0007") && list.contains("\\u202edlrow"), "\(list)")
    let report = try sandbox.ok("report", "monthly", "--month", "2026-11", "--format", "md")
    #expect(report.contains("\\u001b"))
  }

  static func jsonEscaped(_ text: String) -> String {
    String(decoding: try! JSONEncoder().encode(text), as: UTF8.self).dropFirst().dropLast()
      .description
  }
}
