/// The shells `CompletionScript` can write a completion script for.
public enum Shell: String, CaseIterable, Sendable {
  case bash
  case zsh
  case fish
}
