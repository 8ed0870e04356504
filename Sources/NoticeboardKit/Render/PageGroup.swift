/// A part of the site rendered together (one notice's page and print sheet, the notice index, the ledger …).
/// What it depends on is recorded while it renders (`SiteReader`), so an incremental build re-renders it exactly when
/// something it showed changed.
public struct PageGroup: Sendable {
    /// Stable name of the group across builds (`notice:2026-停水通知`, `notices:index`).
    public var id: String
    public var render: @Sendable (SiteReader) -> [OutputFile]

    public init(_ id: String, render: @escaping @Sendable (SiteReader) -> [OutputFile]) {
        self.id = id
        self.render = render
    }
}
