/// The parts of a document that make it a form: the closing block to sign and the cards to
/// cut out.
extension ReportDocument {
  /// The block an official form ends with (填报单位 / 填报人 / 审核人 / 日期): what the
  /// folder's form settings name is printed, the rest is a line to write on.
  public struct SignOff: Sendable, Equatable {
    public var fields: [Fact]

    public init(_ fields: [Fact]) { self.fields = fields }

    /// The closing block of a report in `language`, with the names `settings` gives.
    public init(_ settings: FormSettings, _ language: Language) {
      let zh = language == .zh
      fields = [
        Fact(zh ? "填报单位" : "Reporting office", settings.unit ?? ""),
        Fact(zh ? "填报人" : "Prepared by", settings.preparer ?? ""),
        Fact(zh ? "审核人" : "Checked by", settings.reviewer ?? ""),
        Fact(zh ? "日期" : "Date", zh ? "　　　　年　　月　　日" : ""),
      ]
    }

    /// A blank to write on.
    static let blank = "__________"

    /// The fields on one line, as Markdown prints them.
    public func line() -> String {
      fields.map { Self.labelled($0) }.joined(separator: "    ")
    }

    /// The fields two to a line, as a text page prints them: a label never parts from its
    /// blank.
    public func lines() -> [String] {
      stride(from: 0, to: fields.count, by: 2).map { start in
        fields[start..<min(start + 2, fields.count)].map { Self.labelled($0) }
          .joined(separator: "    ")
      }
    }

    static func labelled(_ fact: Fact) -> String {
      let chinese = fact.label.unicodeScalars.contains { $0.value > 0x2E80 }
      return fact.label + (chinese ? "：" : ": ") + (fact.value.isEmpty ? blank : fact.value)
    }
  }

  /// A card folded in two: the member's side (who to call, what they promised) and the
  /// household's side (whose card it is, where they live).
  public struct Card: Sendable, Equatable {
    public var title: String
    public var front: [Fact]
    public var backTitle: String
    public var back: [Fact]

    public init(title: String, front: [Fact], backTitle: String, back: [Fact]) {
      self.title = title
      self.front = front
      self.backTitle = backTitle
      self.back = back
    }

    /// Both sides as lines of text, front first.
    public var lines: [String] {
      front.map(SignOff.labelled) + ["· " + backTitle] + back.map(SignOff.labelled)
    }
  }

  /// The document with the folder's closing block at its end.
  public func signed(_ settings: FormSettings, _ language: Language) -> ReportDocument {
    var signed = self
    signed.blocks.append(.signOff(SignOff(settings, language)))
    return signed
  }
}
