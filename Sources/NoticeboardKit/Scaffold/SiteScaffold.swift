/// What `noticeboard init` writes: a site folder that builds at once, with an example of every content type and CI workflows.
public struct SiteScaffold: Sendable {
    /// The community's name, e.g. 某某社区.
    public var name: String
    /// The published address, written into `site.yaml` when given.
    public var baseURL: String?
    /// Copy the built-in theme into `templates/` so it can be edited.
    public var withTemplates: Bool
    /// The day the examples are dated (the notice is current from it).
    public var date: LocalDate
    /// Where CI fetches the tool's source code; empty leaves a placeholder the workflows ask to fill in.
    public var toolRepository: String
    /// Branch or tag of the tool CI builds.
    public var toolRef: String

    public init(name: String, baseURL: String? = nil, withTemplates: Bool = false, date: LocalDate,
                toolRepository: String = "", toolRef: String = "main") {
        self.name = name
        self.baseURL = baseURL
        self.withTemplates = withTemplates
        self.date = date
        self.toolRepository = toolRepository
        self.toolRef = toolRef
    }

    /// Checks the options before anything is written.
    public func validate() throws {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.contains(where: \.isNewline) {
            throw ScaffoldError("社区名称不能为空，也不能换行 (--name must be one line of text)")
        }
        if let baseURL {
            let lower = baseURL.lowercased()
            guard (lower.hasPrefix("http://") || lower.hasPrefix("https://")), baseURL.count > 8, !baseURL.contains(" ") else {
                throw ScaffoldError("网址应以 http:// 或 https:// 开头：\(baseURL) (--base-url must be an absolute http(s) URL)")
            }
        }
    }

    /// Every file of the new site, sorted by path.
    public var files: [ScaffoldFile] {
        let examples = ExampleContent(name: name, baseURL: baseURL, date: date)
        let workflows = CIWorkflows(toolRepository: toolRepository, toolRef: toolRef, hasBaseURL: baseURL != nil)
        var files = [
            ScaffoldFile(path: "content/site.yaml", text: examples.siteYAML),
            ScaffoldFile(path: examples.noticePath, text: examples.notice),
            ScaffoldFile(path: examples.planPath, text: examples.plan),
            ScaffoldFile(path: examples.honourRollPath, text: examples.honourRoll),
            ScaffoldFile(path: examples.ledgerPath, text: examples.ledger),
            ScaffoldFile(path: examples.bulletinPath, text: examples.bulletin),
            ScaffoldFile(path: examples.boardPath, text: examples.board),
            ScaffoldFile(path: examples.conventionPath, text: examples.convention),
        ] + examples.communityFiles + [
            ScaffoldFile(path: "content/media/.gitkeep", text: ""),
            ScaffoldFile(path: ".gitignore", text: Self.gitignore),
            ScaffoldFile(path: ".github/workflows/noticeboard.yml", text: workflows.github),
            ScaffoldFile(path: ".gitlab-ci.yml", text: workflows.gitlab),
        ]
        if withTemplates {
            for (path, text) in BuiltinTheme.files { files.append(ScaffoldFile(path: "templates/" + path, text: text)) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the site into `root` (created if missing); refuses, writing nothing, if any file exists already.
    @discardableResult
    public func write(into root: String) throws -> [ScaffoldFile] {
        try validate()
        let files = self.files
        try ScaffoldWriter.write(files, into: root)
        return files
    }

    static let gitignore = """
        # 构建结果，由 noticeboard build 生成，不必提交 (build output)
        public/
        # 不公开的测评自评和迎检台账（公开: 否），只交给测评组，不要提交或上传 (internal checklists)
        internal/
        pdf/
        # CI 缓存的 noticeboard 程序 (the tool built by CI)
        .noticeboard/
        # 缩小后的照片缓存，可随时删除 (resized photos, a cache)
        .noticeboard-cache/
        # Office 和系统的临时文件 (editor and system leftovers)
        ~$*
        .~lock.*
        .DS_Store
        Thumbs.db

        """
}
