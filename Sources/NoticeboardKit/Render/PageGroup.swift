/// A part of the site rendered together (one notice's page and print sheet, the notice index, the ledger …) with the
/// content it reads, so an incremental build re-renders it only when one of its inputs changed.
public struct PageGroup: Sendable {
    /// Stable name of the group across builds (`notice:2026-停水通知`, `notices:lists`).
    public var id: String
    /// Content the group reads besides what every page reads (theme, `site.yaml`, build date, media list, sections).
    public var inputs: PageInputs
    public var render: @Sendable () -> [OutputFile]

    public init(_ id: String, inputs: PageInputs, render: @escaping @Sendable () -> [OutputFile]) {
        self.id = id
        self.inputs = inputs
        self.render = render
    }
}

/// What content a page group depends on.
public enum PageInputs: Sendable, Hashable {
    /// Nothing beyond what every page reads (assets, 404).
    case shared
    /// These content files (`content/notices/x.md`).
    case files([String])
    /// Every file under these content folders (`content/notices/`), added, changed or removed.
    case folders([String])
    /// Every content file (home page, sitemap).
    case everything
}
