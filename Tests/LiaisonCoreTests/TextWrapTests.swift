import Testing

@testable import LiaisonCore

@Suite struct TextWrapTests {
  @Test func shortTextIsUnchanged() {
    #expect(TextWrap.lines("hello world", width: 20) == ["hello world"])
    #expect(TextWrap.lines("你好", width: 4) == ["你好"])
  }

  @Test func emptyTextIsOneEmptyLine() {
    #expect(TextWrap.lines("", width: 10) == [""])
    #expect(TextWrap.lines("   ", width: 10) == [""])
  }

  @Test func englishBreaksAtSpaces() {
    let lines = TextWrap.lines("the quick brown fox jumps over the lazy dog", width: 10)
    #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
  }

  @Test func longWordIsBrokenHard() {
    #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.lines("go abcdefgh", width: 4) == ["go", "abcd", "efgh"])
  }

  @Test func existingNewlinesAreHardBreaks() {
    #expect(TextWrap.lines("one\ntwo\n\nthree", width: 20) == ["one", "two", "", "three"])
    #expect(TextWrap.lines("a\r\nb\n", width: 20) == ["a", "b", ""])
  }

  @Test func trailingSpacesAreTrimmedAndLeadingKept() {
    #expect(TextWrap.lines("  indented text   ", width: 40) == ["  indented text"])
    #expect(TextWrap.lines("aaa     bbb", width: 5) == ["aaa", "bbb"])
  }

  @Test func chineseBreaksBetweenCharacters() {
    #expect(TextWrap.lines("一二三四五六七", width: 6) == ["一二三", "四五六", "七"])
    #expect(TextWrap.lines("一二三四五", width: 5) == ["一二", "三四", "五"])
  }

  @Test func closingPunctuationNeverStartsALine() {
    // "三" would fit, but "，" must not start the next line, so they move together.
    #expect(TextWrap.lines("一二三，四五", width: 6) == ["一二", "三，四", "五"])
    #expect(TextWrap.lines("我们好。", width: 6) == ["我们", "好。"])
    #expect(TextWrap.lines("（备注）说明", width: 8) == ["（备注）", "说明"])
  }

  @Test func openingPunctuationNeverEndsALine() {
    #expect(TextWrap.lines("一二《三国》", width: 6) == ["一二", "《三", "国》"])
    let lines = TextWrap.lines("一二《三国演义》", width: 6)
    for line in lines {
      #expect(!"（「『《".contains(line.last ?? "x"), "line ends with opening: \(line)")
      #expect(!"）」』》，。".contains(line.first ?? "x"), "line starts with closing: \(line)")
    }
    #expect(lines.joined() == "一二《三国演义》")
  }

  @Test func mixedChineseAndEnglish() {
    #expect(
      TextWrap.lines("用 --data 指定数据文件夹", width: 10) == ["用 --data", "指定数据文", "件夹"])
    #expect(TextWrap.lines("打开README文件", width: 8) == ["打开", "README文", "件"])
  }

  @Test func chineseParagraphAtWidthTwenty() {
    let paragraph =
      "各村联络员请于本周五前，将本村（社区）的走访记录整理好并提交到镇政府办公室。"
      + "如有疑问，请联系张三（电话：13800138000）。"
    let lines = TextWrap.lines(paragraph, width: 20)
    #expect(lines.count > 1)
    #expect(lines.joined() == paragraph)
    for line in lines {
      #expect(DisplayWidth.of(line) <= 20, "too wide: \(line)")
      #expect(!"，。、；：？！）」』》".contains(line.first ?? "x"), "starts with closing: \(line)")
      #expect(!"（「『《".contains(line.last ?? "x"), "ends with opening: \(line)")
    }
    #expect(lines.first == "各村联络员请于本周五")
  }

  @Test(arguments: [0, 1, 2, 3, 5, 8, 13, 40])
  func noLineExceedsTheWidth(width: Int) {
    let text = "Liaison 联络员 tool：用 --data 指定数据文件夹，然后运行 liaison list 查看名单。"
    let lines = TextWrap.lines(text, width: width)
    let limit = max(width, 1)
    for line in lines {
      // Only a lone wide character on a line of width 1 may be wider than asked.
      #expect(DisplayWidth.of(line) <= max(limit, 2), "too wide at \(width): \(line)")
      if limit >= 2 {
        #expect(DisplayWidth.of(line) <= limit, "too wide at \(width): \(line)")
      }
      #expect(line.last != " ")
    }
    let visible = text.filter { $0 != " " }
    #expect(lines.joined().filter { $0 != " " } == visible)
  }

  @Test func widthZeroOrOneTerminates() {
    #expect(TextWrap.lines("ab", width: 0) == ["a", "b"])
    #expect(TextWrap.lines("中文", width: 1) == ["中", "文"])
    #expect(TextWrap.lines("a b", width: -5) == ["a", "b"])
  }

  @Test func colourCodesDoNotCountOrGetLost() {
    let text = "\u{1B}[31m红色警告\u{1B}[0m 请注意"
    let lines = TextWrap.lines(text, width: 8)
    #expect(lines == ["\u{1B}[31m红色警告\u{1B}[0m", "请注意"])
  }

  @Test func tabsBecomeSpaces() {
    #expect(TextWrap.lines("a\tb", width: 10) == ["a b"])
  }

  /// Text that fits is given back without the walk; it must be what the walk gives, for
  /// every width, fitting or not.
  @Test func textGivenBackAsItIsIsWhatTheWalkGives() {
    let corpus = [
      "", "a", "  indented", "two  spaces", "trailing ", "   ", "张建国 M0001 凤林村", "联系户：7户，已走访 5 户。",
      "（留守儿童）“关爱”——走访…", "─── ═══", "full 12, probationary 1", "ends with tab\t",
      "a\tb", "é combining e\u{301}", "emoji 👍", "ｆｕｌｌ ｗｉｄｔｈ ￥5", "kana カタカナ",
      "【紧急】", "\u{1B}[31mred\u{1B}[0m",
    ]
    for text in corpus + [
      "张建国、欧阳小明", "full 12, probationary 1", "a、 b、", "party-building 2026-W46",
    ] {
      for atSpaces in [false, true] {
        for width in 1...40 {
          #expect(
            TextWrap.items(text, width: width, atSpaces: atSpaces)
              == TextWrap.walkItems(text, width: width, atSpaces: atSpaces),
            "items of \(text) at \(width)")
        }
      }
      for width in 1...40 {
        #expect(
          TextWrap.lines(text, width: width) == TextWrap.walk(text, width: width),
          "\(text) at \(width)")
      }
    }
  }

  /// A table leaves unmeasured the cells no wider than the widest unbreakable part found so
  /// far (`TextTable.measures`): that holds only if no part is ever wider than its cell.
  @Test func noUnbreakablePartIsWiderThanItsText() {
    let corpus = [
      "", "a", "  indented", "two  spaces", "trailing ", "   ", "张建国 M0001 凤林村", "联系户：7户，已走访 5 户。",
      "（留守儿童）“关爱”——走访…", "─── ═══", "full 12, probationary 1", "é combining e\u{301}",
      "emoji 👍 👩‍👩‍👧", "ｆｕｌｌ ｗｉｄｔｈ ￥5", "kana カタカナ", "【紧急】", "\u{1B}[31mred\u{1B}[0m",
      "张建国、欧阳小明", "a、 b、", "party-building 2026-W46", "supercalifragilistic-expialidocious",
      "老人身体好，家中卫生整洁；院子里种了菜。", "V20261101-0001, V20261101-0002",
    ]
    for text in corpus {
      let width = DisplayWidth.of(text)
      #expect(TextWrap.widestWord(text) <= width, "\(text.debugDescription)")
      #expect(TextWrap.widestItem(text) <= width, "\(text.debugDescription)")
      #expect(TextWrap.widestItem(text, atSpaces: true) <= width, "\(text.debugDescription)")
    }
  }

  /// Text is split into lines only when its bytes may hold a line break: the byte look says
  /// so for every character `isNewline` is true of, and for no text without one.
  @Test func theLookForLineBreaksFindsEveryOne() {
    let breaks: [Character] = [
      "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
    ]
    let others: [Character] = [
      "a", " ", "\t", "张", "“", "—", "\u{2027}", "\u{202A}", "\u{A0}", "\u{84}", "\u{86}", "👩‍👩‍👧",
    ]
    for character in breaks + others {
      for text in [String(character), "前" + String(character) + "后", "a" + String(character)] {
        #expect(
          TextWrap.holdsLineBreak(text) == text.contains(where: \.isNewline),
          "\(text.debugDescription)")
      }
    }
  }
}
