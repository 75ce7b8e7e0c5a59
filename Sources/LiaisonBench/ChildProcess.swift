import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end with its output discarded (or kept in a file), and reports its wall time and its own
/// peak memory — `wait4` gives the child's `ru_maxrss`, where `RUSAGE_CHILDREN` would give
/// the largest of all children so far.
enum ChildProcess {
  struct Outcome {
    var seconds: Double
    var peakBytes: Int
    var status: Int32
  }

  static func run(
    _ program: String, _ arguments: [String], environment: [String: String],
    output: String = "/dev/null"
  )
    throws -> Outcome
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
    guard spawned == 0 else { throw BenchError("cannot start \(program): error \(spawned)") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Outcome(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: exit)
  }
}
