import Foundation

/// Where the build date comes from: `--date`, else `SOURCE_DATE_EPOCH`, else today in the site's time zone.
public enum BuildDateSource: Sendable, Equatable {
    case explicit(LocalDate)
    case epoch(Int)
    case now

    /// `--date` if given, else the `SOURCE_DATE_EPOCH` environment variable, else the clock.
    public static func from(option: LocalDate?, environment: [String: String]) -> BuildDateSource {
        if let option { return .explicit(option) }
        // Only moments in the supported years (1900–2200) count; a garbled value is ignored like an unset one.
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
           (-2_208_988_800...7_289_654_399).contains(epoch) { return .epoch(epoch) }
        return .now
    }

    public func resolve(in timeZone: TimeZone) -> LocalDate {
        switch self {
        case .explicit(let d): return d
        case .epoch(let e): return LocalDate.at(Date(timeIntervalSince1970: TimeInterval(e)), in: timeZone)
        case .now: return LocalDate.at(Date(), in: timeZone)
        }
    }
}

/// What a build or check run is asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: String
    public var outputRoot: String
    public var date: BuildDateSource
    /// Overrides `base_url` from `site.yaml`.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// False for `check`: everything but writing.
    public var writesOutput: Bool
    /// Forces a renderer (tests compare the fast path with swift-mustache page by page); nil picks by the theme.
    public var templateEngine: TemplateEngine? = nil
    /// Reuse pages of the previous build whose inputs did not change (`.noticeboard-state`); false renders everything.
    public var incremental = true
    /// Where internal checklists' pages go; nil: `internal` beside the output folder (`InternalOutput.defaultRoot`).
    public var internalRoot: String?
    /// The internal folder in use.
    public var resolvedInternalRoot: String { internalRoot ?? InternalOutput.defaultRoot(beside: outputRoot) }
    /// Notices parsed by an earlier build of the same process (`serve`), reused when their file did not change.
    public var parseMemo: ParseMemo?

    public init(siteRoot: String = ".", outputRoot: String = "public", date: BuildDateSource = .now, baseURL: String? = nil, includeDrafts: Bool = false, writesOutput: Bool = true) {
        self.siteRoot = siteRoot
        self.outputRoot = outputRoot
        self.date = date
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.writesOutput = writesOutput
    }
}
