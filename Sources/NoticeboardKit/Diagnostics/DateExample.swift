import Foundation

/// The example date in messages about dates: the parsers write `DateExample.written`, and the build replaces it with
/// its own date, so a 2026 site is told to write `2026-11-20`, not a date from years ago.
public enum DateExample {
    /// The example as the parsers spell it (they do not know the build date).
    public static let written = "2023-12-01"

    /// The diagnostic with the example date replaced by `date`.
    public static func applied(_ d: Diagnostic, date: LocalDate) -> Diagnostic {
        guard d.message.contains(written) else { return d }
        var d = d
        d.message = d.message.replacingOccurrences(of: written, with: date.description)
        return d
    }
}
