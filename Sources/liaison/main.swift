import Foundation
import Glibc
import LiaisonCLI

/// Writes to a standard stream; remembers the first failure instead of trapping, as
/// FileHandle's write does on a full disk or a closed pipe.
final class StandardStream: @unchecked Sendable {
  let descriptor: Int32
  private(set) var failure: Int32?

  init(_ descriptor: Int32) { self.descriptor = descriptor }

  func write(_ text: String) {
    guard failure == nil else { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        failure = errno
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
}

// A file-size limit (ulimit -f) must fail the write with EFBIG, to be reported like a
// full disk, instead of killing the command mid-change.
signal(SIGXFSZ, SIG_IGN)
let output = StandardStream(STDOUT_FILENO)
let messages = StandardStream(STDERR_FILENO)
let status = LiaisonCommandLine.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  environment: ProcessInfo.processInfo.environment,
  currentDirectory: FileManager.default.currentDirectoryPath,
  console: Console(
    standardOutput: output.write, standardError: messages.write,
    rawStandardError: messages.write, terminalColumns: OutputWidth.ofTerminal()))
if let failure = output.failure, failure != EPIPE {
  // The command itself finished; only its output was lost. Say so, so that nobody
  // repeats a change that was saved.
  messages.write(
    "Error: could not write the output (\(String(cString: strerror(failure)))); "
      + "the command itself finished and its changes, if any, are saved.\n")
  exit(status == 0 ? 74 : status)
}
exit(status)
