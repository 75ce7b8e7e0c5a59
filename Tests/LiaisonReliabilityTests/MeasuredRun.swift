import Foundation
import Glibc
import LiaisonTestSupport

/// One run of the real binary with a deadline, its peak memory and its time: a hang is
/// killed and counted instead of stopping the harness.
struct MeasuredRun {
  var status: Int32
  /// Killed at the deadline.
  var hung: Bool
  /// Ended by a signal other than the deadline's (a crash).
  var crashed: Bool
  var stdout: String
  var stderr: String
  var seconds: Double
  /// Peak resident memory, in kilobytes.
  var peakKilobytes: Int

  /// Runs `liaison arguments`, killing it after `deadline` seconds.
  static func run(_ arguments: [String], deadline: Double = 10) throws -> MeasuredRun {
    let scratch = NSTemporaryDirectory() + "/liaison-measured-\(getpid())-\(UUID().uuidString)"
    let out = scratch + ".out"
    let err = scratch + ".err"
    defer {
      unlink(out)
      unlink(err)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let binary = RealBinary.binary.path
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    environment["LIAISON_LANG"] = "en"
    environment["LIAISON_TODAY"] = "2026-11-23"
    environment["LIAISON_LOCK_TIMEOUT"] = "2"
    environment.removeValue(forKey: "LIAISON_DATA")
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
      throw POSIXError(.ENOEXEC)
    }
    var status: Int32 = 0
    var usage = rusage()
    var hung = false
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
      if Date().timeIntervalSince(start) > deadline, !hung {
        hung = true
        kill(pid, SIGKILL)
      }
      usleep(2_000)
    }
    let signalled = (status & 0x7f) != 0
    return MeasuredRun(
      status: signalled ? -1 : (status >> 8) & 0xff, hung: hung, crashed: signalled && !hung,
      stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
      seconds: Date().timeIntervalSince(start), peakKilobytes: usage.ru_maxrss)
  }
}
