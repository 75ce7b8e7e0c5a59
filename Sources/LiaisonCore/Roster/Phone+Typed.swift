extension Phone {
  /// A phone typed with an option (`--phone`, `--proxy-phone`): a malformed one is a usage
  /// error, like any other value that cannot be understood, so it exits 64 with the usage.
  /// - Throws: `RosterError.invalidValue` naming the option and the forms understood.
  public init(typed text: String, option: String) throws {
    guard let phone = Phone(parsing: text) else {
      throw RosterError.invalidValue(
        field: option, value: text,
        expected: Localized(
          en: "an 11-digit mobile number or a landline with its area code, such as 13800138000 "
            + "or 0570-1234567",
          zh: "11 位手机号或带区号的固定电话，例如 13800138000 或 0570-1234567"))
    }
    self = phone
  }
}
