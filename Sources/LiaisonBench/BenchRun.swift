struct BenchRun {
  let options: [String: String]
  func run() throws {}
}
