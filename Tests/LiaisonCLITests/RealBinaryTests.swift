import Foundation
import LiaisonCLI
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Runs of the real `liaison` executable, as a clerk's shell or script runs it.
@Suite struct RealBinaryTests {
  @Test func globalOptionsAnywhereAndTheFolderFoundFromASubfolder() throws {
    let sandbox = try Sandbox()
    let root = sandbox.root
    let result = try RealBinary.shell(
      """
      set -e
      $LIAISON init --township 凤林镇 --data town
      $LIAISON --data town village add --name 凤林村 >/dev/null
      $LIAISON village add --name 清湖村 --data town >/dev/null
      id=$($LIAISON --data town member add --name 张建国 --phone 13800138000 --village 凤林村 2>/dev/null)
      echo "id=$id"
      mkdir -p town/notes/deep && cd town/notes/deep
      $LIAISON village list --format csv
      LIAISON_DATA=../.. $LIAISON member show "$id" --format json >/dev/null
      """, in: root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("id=M0001\n"))
    #expect(result.stdout.contains("C001,凤林村,,0,1,0\r\n"))
    #expect(result.stdout.contains("C002,清湖村"))
  }

  @Test func exitStatusesAndStreams() throws {
    let sandbox = try Sandbox()
    let result = try RealBinary.shell(
      """
      $LIAISON init --township 凤林镇 --data town 2>/dev/null
      $LIAISON --data town member list --mnth 2>/dev/null; echo "usage=$?"
      $LIAISON --data town member show 无名 2>/dev/null; echo "missing=$?"
      $LIAISON --data town member add --name 王 --phone 1 --village 无 2>/dev/null; echo "unknown=$?"
      $LIAISON member list 2>/dev/null; echo "nofolder=$?"
      $LIAISON --version
      $LIAISON completion bash > completion.bash && bash -n completion.bash && echo "completion=ok"
      """, in: sandbox.root)
    #expect(result.stdout.contains("usage=64"))
    #expect(result.stdout.contains("missing=64"))
    #expect(result.stdout.contains("unknown=64"))
    #expect(result.stdout.contains("nofolder=66"))
    #expect(result.stdout.contains("liaison \(LiaisonCommandLine.version)"))
    #expect(result.stdout.contains("completion=ok"))
  }

  /// Two clerks' scripts adding 500 visits each at the same moment: every visit lands, each
  /// with its own id, and every line of the log is whole.
  @Test func twoProcessesAdding500VisitsEachLoseNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let script = """
      for i in $(seq 500); do
        $LIAISON visit add --again --member $1 --household 王大妈 --data "$2" >/dev/null 2>>errors.txt || exit 1
      done
      """
    try script.write(
      to: sandbox.root.appendingPathComponent("clerk.sh"), atomically: true, encoding: .utf8)
    let result = try RealBinary.shell(
      """
      bash clerk.sh 张建国 "\(sandbox.data)" & first=$!
      bash clerk.sh 13900139000 "\(sandbox.data)" & second=$!
      wait $first; a=$?; wait $second; b=$?
      echo "exits=$a,$b"
      """, in: sandbox.root, environment: ["LIAISON_LOCK_TIMEOUT": "30"])
    #expect(result.stdout.contains("exits=0,0"), "\(result.stdout) \(result.stderr)")
    let log = sandbox.file("visits/2026-11.jsonl")
    let lines = log.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    let visits = try lines.dropLast().map {
      try JSONDecoder().decode(Visit.self, from: Data($0.utf8))
    }
    #expect(visits.count == 1000)
    #expect(Set(visits.map(\.id)).count == 1000)
    #expect(visits.filter { $0.member == "M0001" }.count == 500)
    #expect(visits.filter { $0.member == "M0002" }.count == 500)
  }
}

extension RealBinaryTests {
  /// Output that cannot be written (a full disk) is an error, never a crash, and the
  /// clerk is told the change itself was saved so that nobody records it twice.
  @Test func aFullDiskForOutputIsAMessageNotACrash() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let result = try RealBinary.shell(
      """
      $LIAISON village list --data "\(sandbox.data)" > /dev/full; echo "list=$?"
      $LIAISON visit add --member 张建国 --household 王大妈 --data "\(sandbox.data)" > /dev/full; echo "add=$?"
      $LIAISON visit list --data "\(sandbox.data)" --format csv | tail -n +2 | wc -l
      """, in: sandbox.root)
    #expect(
      result.stdout.contains("list=74") && result.stdout.contains("add=74"),
      "\(result.stdout) \(result.stderr)")
    #expect(
      result.stderr.contains("could not write the output")
        && result.stderr.contains("its changes, if any, are saved"))
    #expect(result.stdout.hasSuffix("1\n"))
    #expect(!result.stderr.contains("Fatal error"))
  }
}
