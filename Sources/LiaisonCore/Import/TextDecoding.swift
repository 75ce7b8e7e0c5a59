import Foundation

/// Turns a file's bytes into text, recognising the encodings Excel and WPS on Chinese
/// Windows save CSV in.
public enum TextDecoding {
  /// GB18030, the superset of GBK and GB2312 that Chinese Windows calls "ANSI".
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// Decodes `data`, choosing the encoding the way the file announces or betrays it.
  ///
  /// A UTF-8 byte order mark means UTF-8 and a UTF-16LE one (FF FE) means UTF-16LE; both
  /// marks are dropped. Without a mark, zero bytes after ASCII characters mean UTF-16LE,
  /// valid UTF-8 is UTF-8 and anything else is taken as GB18030, because that is what Excel's plain "CSV" is on Chinese Windows. `forced` skips
  /// the guessing (its byte order mark is still dropped).
  ///
  /// - Throws: ``ImportError/undecodable(line:encoding:forced:)`` naming the first line
  ///   that is not valid in the chosen encoding.
  public static func decode(
    _ data: Data, forced: CSVEncoding? = nil
  ) throws -> (
    text: String, encoding: CSVEncoding
  ) {
    let bytes = [UInt8](data)
    let hasUTF8Mark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let hasUTF16Mark = bytes.starts(with: [0xFF, 0xFE])
    let encoding: CSVEncoding
    if let forced {
      encoding = forced
    } else if hasUTF8Mark {
      encoding = .utf8
    } else if hasUTF16Mark {
      encoding = .utf16le
    } else if looksLikeUTF16LE(bytes) {
      encoding = .utf16le
    } else {
      encoding = isValidUTF8(bytes[...]) ? .utf8 : .gb18030
    }
    var body = bytes[...]
    if encoding == .utf8, hasUTF8Mark { body = body.dropFirst(3) }
    if encoding == .utf16le, hasUTF16Mark { body = body.dropFirst(2) }

    guard let text = decode(body, as: encoding) else {
      throw ImportError.undecodable(
        line: firstBadLine(body, encoding), encoding: encoding, forced: forced != nil)
    }
    return (text, encoding)
  }

  /// UTF-16LE without its byte order mark (some exports drop it): a text file holds no
  /// zero bytes in UTF-8 or GB18030, but in UTF-16LE every ASCII character — each comma,
  /// each line end — is followed by one.
  static func looksLikeUTF16LE(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
    var oddZeros = 0
    var evenZeros = 0
    for (index, byte) in bytes.prefix(4096).enumerated() where byte == 0 {
      if index % 2 == 1 { oddZeros += 1 } else { evenZeros += 1 }
    }
    return oddZeros > 0 && evenZeros == 0
  }

  /// The text of `bytes` in `encoding`, or nil when any of it is invalid there.
  static func decode(_ bytes: ArraySlice<UInt8>, as encoding: CSVEncoding) -> String? {
    switch encoding {
    case .utf8:
      return isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    case .utf16le:
      guard bytes.count % 2 == 0 else { return nil }
      let units = utf16Units(bytes)
      return isValid(units[...], as: UTF16.self) ? String(decoding: units, as: UTF16.self) : nil
    case .gb18030:
      return String(data: Data(bytes), encoding: gb18030)
    }
  }

  /// The 1-based line holding the first bytes `encoding` cannot decode.
  ///
  /// Line breaks are safe cut points: in UTF-8 and GB18030 the bytes 0A and 0D never occur
  /// inside a multi-byte character, and in UTF-16 the units 000A and 000D never do. So each
  /// line is decoded on its own and the first failure is the answer. Lines end at LF, CR or
  /// CRLF, as ``CSVReader`` counts them.
  static func firstBadLine(_ bytes: ArraySlice<UInt8>, _ encoding: CSVEncoding) -> Int {
    switch encoding {
    case .utf8:
      return firstBadLine(Array(bytes), newline: 0x0A, carriageReturn: 0x0D, isValid: isValidUTF8)
    case .gb18030:
      return firstBadLine(Array(bytes), newline: 0x0A, carriageReturn: 0x0D) {
        String(data: Data($0), encoding: gb18030) != nil
      }
    case .utf16le:
      return firstBadLine(utf16Units(bytes), newline: 0x000A, carriageReturn: 0x000D) {
        isValid($0, as: UTF16.self)
      }
    }
  }

  private static func firstBadLine<Unit: FixedWidthInteger>(
    _ units: [Unit], newline: Unit, carriageReturn: Unit, isValid: (ArraySlice<Unit>) -> Bool
  ) -> Int {
    var line = 1
    var start = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      guard unit == newline || unit == carriageReturn else {
        index += 1
        continue
      }
      if !isValid(units[start..<index]) { return line }
      index +=
        unit == carriageReturn && index + 1 < units.count && units[index + 1] == newline ? 2 : 1
      line += 1
      start = index
    }
    // The last line, or (for a UTF-16 file with an odd byte count) the line the stray
    // final byte belongs to.
    return line
  }

  private static func utf16Units(_ bytes: ArraySlice<UInt8>) -> [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
      index += 2
    }
    return units
  }

  private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    isValid(bytes, as: UTF8.self)
  }

  /// Whether `units` are well-formed; `String(decoding:)` alone would quietly repair them.
  private static func isValid<Encoding: Unicode.Encoding>(
    _ units: ArraySlice<Encoding.CodeUnit>, as encoding: Encoding.Type
  ) -> Bool {
    let failed = transcode(
      units.makeIterator(), from: encoding, to: UTF32.self, stoppingOnError: true, into: { _ in })
    return !failed
  }
}
