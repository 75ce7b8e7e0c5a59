/// A report laid out for reading, in one language: a title, then blocks in order. Every
/// renderer (text, Markdown, CSV, HTML) draws the same document, so the formats never
/// disagree on a figure. JSON is not drawn from this: it encodes the report's own data.
public struct ReportDocument: Sendable, Equatable {
  public var title: String
  public var subtitle: String
  public var blocks: [Block]
  /// What a printed page repeats at its top: the title, and the period when the title
  /// leaves it out — so a page found loose on a desk still says what it is.
  public var runningHead: String

  public init(
    title: String, subtitle: String = "", blocks: [Block] = [], runningHead: String? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.blocks = blocks
    self.runningHead = runningHead ?? title
  }

  public enum Block: Sendable, Equatable {
    /// A section heading.
    case heading(String)
    /// Label–value pairs: the summary figures.
    case facts([Fact])
    case table(Table)
    /// A bar chart where a picture reads better than numbers (HTML draws it; the other
    /// formats leave it out, since its table is always beside it).
    case chart(Chart)
    case paragraph(String)
    /// A new printed page (HTML); other formats start a new section.
    case pageBreak
    /// The block an official form ends with: 填报单位, 填报人, 审核人, 日期.
    case signOff(SignOff)
    /// Cards to cut out (连心卡): bordered, several to a printed page, each folded in two.
    case cards([Card])
    /// A printed form's grid of boxes (承诺践诺书): rows of label–value pairs, the last pair
    /// of a row taking the rest of its width; other formats print the pairs as figures.
    case form([[Fact]])
  }

  public struct Fact: Sendable, Equatable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  public struct Table: Sendable, Equatable {
    public var columns: [TextTable.Column]
    public var rows: [[String]]
    /// Shown in place of an empty table.
    public var empty: String

    public init(columns: [TextTable.Column], rows: [[String]], empty: String = "") {
      self.columns = columns
      self.rows = rows
      self.empty = empty
    }
  }

  public struct Chart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
      public var label: String
      public var value: Double
      /// A CSS colour, or nil for the report's own.
      public var colour: String?

      public init(_ label: String, _ value: Double, colour: String? = nil) {
        self.label = label
        self.value = value
        self.colour = colour
      }
    }

    public var title: String
    public var bars: [Bar]
    /// Appended to each value label (`%`).
    public var unit: String

    public init(title: String, bars: [Bar], unit: String = "") {
      self.title = title
      self.bars = bars
      self.unit = unit
    }
  }
}

extension TextTable.Column: Equatable {
  public static func == (lhs: TextTable.Column, rhs: TextTable.Column) -> Bool {
    lhs.heading == rhs.heading && lhs.alignment == rhs.alignment
      && lhs.keepsWhole == rhs.keepsWhole && lhs.kind == rhs.kind
  }
}

/// Draws a report document in one output format.
public protocol ReportRenderer: Sendable {
  func render(_ document: ReportDocument) -> String
}

/// The formats a report is printed in; `-o FILE` picks one from the extension.
public enum ReportFormat: String, UserChoice {
  case text
  case md
  case csv
  case json
  case html

  public var chineseLabel: String {
    switch self {
    case .text: "文本"
    case .md: "Markdown"
    case .csv: "CSV"
    case .json: "JSON"
    case .html: "网页"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .text: ["table", "txt", "表格"]
    case .md: ["markdown"]
    case .csv, .json: []
    case .html: ["htm"]
    }
  }

  /// The format a file name's extension asks for, or nil.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: ".") else { return nil }
    self.init(userValue: String(fileName[fileName.index(after: dot)...]))
  }

  /// The renderer for every format but JSON.
  public func renderer(maxWidth: Int = 80) -> ReportRenderer? {
    switch self {
    case .text: TextReportRenderer(maxWidth: maxWidth)
    case .md: MarkdownReportRenderer()
    case .csv: CSVReportRenderer()
    case .html: HTMLReportRenderer()
    case .json: nil
    }
  }
}
