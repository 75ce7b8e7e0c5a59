import Testing

@testable import LiaisonCore

/// The tokenizer reads what producers write and refuses what could expand or mislead.
@Suite struct XlsxXMLScannerTests {
  private func events(_ xml: String) throws -> [String] {
    var scanner = XMLScanner(Array(xml.utf8), part: "test.xml")
    var result: [String] = []
    while let event = try scanner.next() {
      switch event {
      case .start(let element):
        let attributes = element.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
        result.append(
          "<\(element.name)\(attributes.isEmpty ? "" : " " + attributes)\(element.isEmpty ? "/" : "")>"
        )
      case .end(let name): result.append("</\(name)>")
      case .text(let text): result.append(text)
      }
    }
    return result
  }

  @Test func elementsAttributesAndTextWithPrefixesDropped() throws {
    let xml = """
      \u{FEFF}<?xml version="1.0"?><!-- WPS --><x:row r='2' spans="1:3"><x:c r="A2" t="s"/>\
      <t xml:space="preserve">张 &amp; 李 &lt;&#x4E00;&#20108;&gt; &quot;&apos;</t><![CDATA[<raw>]]></x:row>
      """
    #expect(
      try events(xml) == [
        "<row r=2 spans=1:3>", "<c r=A2 t=s/>", "<t space=preserve>", "张 & 李 <一二> \"'", "</t>",
        "<raw>", "</row>",
      ])
  }

  @Test(arguments: [
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>", "<x>&unknown;</x>", "<x a=1/>", "<x",
    "<x>a & b</x>",
  ])
  func malformedOrExpandingMarkupIsRefused(_ xml: String) {
    #expect(throws: WorkbookProblem.self) { try events(xml) }
  }
}
