import Foundation

/// Maps a spreadsheet's header cells to import fields by their Chinese or English names.
///
/// Headers are compared after ``normalize(_:)``, so `联系电话`, `联系 电话`, `联系电话（必填）`
/// and `*联系电话` are one name. A header that matches nothing exactly is tried again
/// without its bracketed remarks (`出生年月（格式：1990.01）`). There is no guessing beyond
/// that: an unclear column is reported, never silently assigned.
public struct HeaderMatcher: Sendable {
  public let fields: [ImportField]
  /// Normalised alias → names of the fields it names, in field order.
  private let fieldsByAlias: [String: [String]]

  public init(fields: [ImportField]) {
    self.fields = fields
    var map = [String: [String]]()
    for field in fields {
      for alias in [field.name] + field.aliases {
        let key = Self.normalize(alias)
        guard !key.isEmpty, !(map[key]?.contains(field.name) ?? false) else { continue }
        map[key, default: []].append(field.name)
      }
    }
    fieldsByAlias = map
  }

  /// Matches `headers` to fields.
  ///
  /// `overrides` maps a field (its name or any alias) to the header text of the column
  /// that feeds it, as a clerk gives it on the command line; an override beats the aliases.
  public func match(_ headers: [String], overrides: [String: String] = [:]) -> HeaderMatch {
    var result = HeaderMatch()
    var assigned = [Int: String]()  // column → field, from overrides
    for (fieldText, headerText) in overrides.sorted(by: { $0.key < $1.key }) {
      let named = fieldsByAlias[Self.normalize(fieldText)] ?? []
      guard named.count == 1, let field = named.first else {
        result.badOverrides.append(HeaderMatch.unknownField(fieldText, known: fields))
        continue
      }
      let wanted = Self.normalize(headerText)
      guard let column = headers.firstIndex(where: { Self.normalize($0) == wanted }) else {
        result.badOverrides.append(
          HeaderMatch.noSuchColumn(headerText, field: field, headers: headers))
        continue
      }
      if let other = assigned[column] {
        result.badOverrides.append(
          HeaderMatch.columnGivenTwice(headerText, fields: [other, field]))
        continue
      }
      assigned[column] = field
      result.columns[field] = column
    }

    var candidatesByField = [String: [Int]]()
    for (column, header) in headers.enumerated() where assigned[column] == nil {
      let key = Self.normalize(header)
      guard !key.isEmpty else { continue }
      let named = fieldsByAlias[key] ?? fieldsByAlias[Self.normalize(Self.withoutRemarks(header))]
      // Fields an override placed elsewhere no longer take columns by name.
      let open = (named ?? []).filter { result.columns[$0] == nil }
      switch open.count {
      case 0: result.unknown.append((column: column, header: header))
      case 1: candidatesByField[open[0], default: []].append(column)
      default:
        result.conflicts.append(
          HeaderMatch.columnForSeveralFields(column: column, header: header, fields: open))
      }
    }

    var conflicted = Set<String>()
    for field in fields {
      guard let columns = candidatesByField[field.name] else { continue }
      if columns.count == 1 {
        result.columns[field.name] = columns[0]
      } else {
        conflicted.insert(field.name)
        result.conflicts.append(
          HeaderMatch.columnsForOneField(columns, headers: headers, field: field))
      }
    }
    result.missing = fields.filter {
      $0.isRequired && result.columns[$0.name] == nil && !conflicted.contains($0.name)
    }.map(\.name)
    return result
  }

  /// The form headers are compared in: full-width folded to half-width, English lower-cased,
  /// required/optional markers, white space (U+3000 included) and punctuation such as
  /// `()*:、-_/.` removed. `村（社区）` and `村社区` are the same header.
  public static func normalize(_ header: String) -> String {
    var text = header.halfWidth.lowercased()
    for marker in ["(必填)", "(选填)", "(可选)", "(required)", "(optional)"] {
      text = text.replacingOccurrences(of: marker, with: "")
    }
    text.removeAll { $0.isWhitespace || ignoredInHeaders.contains($0) || $0 == "\u{FEFF}" }
    return text
  }

  private static let ignoredInHeaders = Set<Character>("()[]【】*:、-_/.·")

  /// The header without bracketed remarks: `出生年月(格式:1990.01)` → `出生年月`.
  static func withoutRemarks(_ header: String) -> String {
    var depth = 0
    var kept = ""
    for character in header.halfWidth {
      if character == "(" || character == "【" || character == "[" {
        depth += 1
      } else if character == ")" || character == "】" || character == "]" {
        depth = max(depth - 1, 0)
      } else if depth == 0 {
        kept.append(character)
      }
    }
    return kept
  }
}
