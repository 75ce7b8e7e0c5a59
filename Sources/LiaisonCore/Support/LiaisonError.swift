import Foundation

/// The exit statuses liaison uses, from BSD's sysexits so scripts can tell failures apart.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case failure = 1
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cannotCreate = 73
  case ioError = 74
  case busy = 75
}

/// An error a clerk sees: a sentence in both languages that says what is wrong and what to
/// do, and the exit status the command ends with.
public protocol LiaisonError: LocalizedError, Sendable {
  var message: Localized { get }
  var exitStatus: ExitStatus { get }
}

extension LiaisonError {
  public var errorDescription: String? { message.en }
}
