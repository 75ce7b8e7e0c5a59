/// A file that cannot be imported as it stands: each message names the line (and the
/// column where one is to blame) and says how to fix the file.
public enum ImportError: LiaisonError, Equatable {
  /// `line` is not valid in `encoding`; `forced` when the clerk chose it with `--encoding`.
  case undecodable(line: Int, encoding: CSVEncoding, forced: Bool)
  /// No header line: the file is empty or holds only blank lines.
  case emptyFile
  /// A quoted cell that starts on `line` runs to the end of the file.
  case unterminatedQuote(line: Int)
  /// A quote in the middle of an unquoted cell; `column` is 1-based.
  case strayQuote(line: Int, column: Int)
  /// Text after the closing quote of a quoted cell; `column` is 1-based.
  case textAfterQuote(line: Int, column: Int)
  /// Two or more header cells name the same thing; `columns` are 1-based.
  case duplicateHeader(line: Int, header: String, columns: [Int])
  /// A row whose cell count differs from the header's.
  case raggedRow(line: Int, count: Int, expected: Int)
  /// A separator given on the command line that cannot separate CSV fields.
  case unusableSeparator(Character)
  /// A phone number a spreadsheet turned into a number shown as `1.38001E+10`.
  case phoneTurnedIntoNumber(value: String, line: Int?, field: String?)
  /// A phone cell that is not a phone number.
  case invalidPhone(value: String, line: Int?, field: String?)
  /// Required columns missing or columns that match ambiguously, each as a sentence.
  case headerProblems(line: Int, problems: [Localized])
  /// A column mapping given on the command line that does not fit the file.
  case badColumnMapping([Localized])

  public var exitStatus: ExitStatus {
    switch self {
    case .unusableSeparator, .badColumnMapping: .usage
    default: .dataError
    }
  }

  public var message: Localized {
    switch self {
    case .undecodable(let line, let encoding, let forced):
      return Self.undecodableMessage(line: line, encoding: encoding, forced: forced)
    case .emptyFile:
      return Localized(
        en: "The file is empty: it has no header line. Export the sheet again with its header "
          + "row (姓名, 联系电话, …) and import that file.",
        zh: "文件为空，没有表头行。请连同表头行（姓名、联系电话……）重新导出后再导入。")
    case .unterminatedQuote(let line):
      return Localized(
        en: "The quote opened on line \(line) is never closed, so the rest of the file would "
          + "become one cell. Add the closing \" or remove the opening one, then import again.",
        zh: "第 \(line) 行开始的引号没有闭合，其后的内容会全部并入一个单元格。"
          + "请补上结尾的 \"，或删去开头的 \"，然后重新导入。")
    case .strayQuote(let line, let column):
      let at = Self.column(column)
      return Localized(
        en: "Line \(line), \(at.en): a \" stands inside a cell that does not start with one. "
          + "Put the whole cell in quotes and write the inner quote twice (\"\"), or remove it.",
        zh: "第 \(line) 行\(at.zh)：未加引号的单元格中出现了 \"。"
          + "请将整个单元格用引号括起并把其中的 \" 写成 \"\"，或删去它。")
    case .textAfterQuote(let line, let column):
      let at = Self.column(column)
      return Localized(
        en: "Line \(line), \(at.en): text follows the closing quote of a quoted cell. "
          + "Move that text inside the quotes, writing any quote in it twice (\"\").",
        zh: "第 \(line) 行\(at.zh)：带引号的单元格在结尾引号之后还有文字。"
          + "请把这些文字移到引号之内，其中的 \" 写成 \"\"。")
    case .duplicateHeader(let line, let header, let columns):
      let places = columns.map(Self.column)
      return Localized(
        en: "The header (line \(line)) names '\(header)' \(columns.count) times: "
          + places.map(\.en).joined(separator: ", ")
          + ". Rename or delete all but one of these columns and import again.",
        zh: "表头（第 \(line) 行）中“\(header)”出现了 \(columns.count) 次："
          + places.map(\.zh).joined(separator: "、") + "。请只保留其中一列（改名或删除其余列）后重新导入。")
    case .raggedRow(let line, let count, let expected):
      return Localized(
        en: "Line \(line) has \(count) cells, but the header has \(expected). A cell holding "
          + "the separator probably lacks quotes, or a cell is missing; fix that line and "
          + "import again.",
        zh: "第 \(line) 行有 \(count) 个单元格，但表头有 \(expected) 个。"
          + "可能某个含分隔符的单元格没有加引号，或缺了一格；请修改该行后重新导入。")
    case .unusableSeparator(let separator):
      let shown = separator.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
      return Localized(
        en: "'\(shown)' cannot separate CSV cells: give a single character other than a quote "
          + "or a line break, such as , or ; or a tab.",
        zh: "'\(shown)' 不能用作 CSV 分隔符：请指定引号和换行以外的单个字符，如 , ; 或制表符。")
    case .phoneTurnedIntoNumber(let value, let line, let field):
      let at = Self.place(line: line, field: field)
      return Localized(
        en: at.en + "'\(value)' is a phone number the spreadsheet turned into a number, and its "
          + "last digits are lost. Format the column as Text in Excel or WPS, enter the "
          + "numbers again and export the file again.",
        zh: at.zh + "'\(value)' 是被表格软件转换成数字的电话号码，末尾几位已经丢失。"
          + "请在 Excel 或 WPS 中把该列设置为“文本”格式，重新填写号码后再导出。")
    case .invalidPhone(let value, let line, let field):
      let at = Self.place(line: line, field: field)
      return Localized(
        en: at.en + "'\(value)' is not a phone number. Write an 11-digit mobile number "
          + "(13800138000) or a landline with its area code (0570-1234567).",
        zh: at.zh + "'\(value)' 不是有效的电话号码。请填写 11 位手机号（13800138000）"
          + "或带区号的固定电话（0570-1234567）。")
    case .headerProblems(let line, let problems):
      return Localized(
        en: "The header (line \(line)) does not fit:" + problems.map { "\n  " + $0.en }.joined()
          + "\nFix the header row and import again.",
        zh: "表头（第 \(line) 行）有问题：" + problems.map { "\n  " + $0.zh }.joined()
          + "\n请修改表头行后重新导入。")
    case .badColumnMapping(let problems):
      return Localized(
        en: "The column mapping does not fit the file:" + problems.map { "\n  " + $0.en }.joined(),
        zh: "指定的列对应关系与文件不符：" + problems.map { "\n  " + $0.zh }.joined())
    }
  }

  private static func undecodableMessage(
    line: Int, encoding: CSVEncoding, forced: Bool
  )
    -> Localized
  {
    let remedy = Localized(
      en: " Name the file's encoding with --encoding utf8, --encoding gbk or --encoding utf16, "
        + "or open the file in Excel or WPS and save it as 'CSV UTF-8'.",
      zh: "请用 --encoding utf8、--encoding gbk 或 --encoding utf16 指定文件编码，"
        + "或在 Excel/WPS 中把文件另存为“CSV UTF-8”。")
    let problem: Localized
    if forced {
      problem = Localized(
        en: "Line \(line) cannot be read as \(encoding.label), the encoding given with --encoding.",
        zh: "第 \(line) 行无法按 --encoding 指定的 \(encoding.label) 编码读取。")
    } else if encoding == .gb18030 {
      problem = Localized(
        en: "The file is not UTF-8, and line \(line) cannot be read as \(encoding.label) either.",
        zh: "文件不是 UTF-8 编码，第 \(line) 行也无法按 \(encoding.label) 编码读取。")
    } else {
      problem = Localized(
        en: "The file starts with a \(encoding.label) mark, but line \(line) is not valid "
          + "\(encoding.label).",
        zh: "文件开头标明为 \(encoding.label) 编码，但第 \(line) 行不是有效的 \(encoding.label)。")
    }
    return problem + remedy
  }

  /// "column 3 (C)": the number for the file, the letter for the spreadsheet a clerk opens.
  static func column(_ number: Int) -> Localized {
    let letters = spreadsheetLetters(number)
    return Localized(en: "column \(number) (\(letters))", zh: "第 \(number) 列（\(letters) 列）")
  }

  /// 1 → A, 26 → Z, 27 → AA, as spreadsheets label columns.
  static func spreadsheetLetters(_ number: Int) -> String {
    var remaining = max(number, 1)
    var letters = ""
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: letters.startIndex)
      remaining = (remaining - 1) / 26
    }
    return letters
  }

  /// "Line 7, column 联系电话: " or nothing when the caller gave no location.
  private static func place(line: Int?, field: String?) -> Localized {
    switch (line, field) {
    case (let line?, let field?):
      Localized(en: "Line \(line), column \(field): ", zh: "第 \(line) 行“\(field)”列：")
    case (let line?, nil): Localized(en: "Line \(line): ", zh: "第 \(line) 行：")
    case (nil, let field?): Localized(en: "Column \(field): ", zh: "“\(field)”列：")
    case (nil, nil): Localized("")
    }
  }
}
