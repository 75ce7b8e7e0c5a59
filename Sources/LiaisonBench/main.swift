import Foundation

exit(BenchCommandLine.run(Array(CommandLine.arguments.dropFirst())))
