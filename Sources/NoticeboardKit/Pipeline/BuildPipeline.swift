import Foundation

/// The result of a build or check: every diagnostic, the files rendered and what the write step did.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: [OutputFile]
    public var report: WriteReport?
    /// The internal folder's files (checklists marked 公开: 否) and what writing them did.
    public var internalFiles: [OutputFile] = []
    public var internalReport: WriteReport?
    public var buildDate: LocalDate?
    public var seconds: Double

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// 0 success (warnings allowed), 1 errors in content.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }
}

/// The build as named steps — load → parse → check → model → render → write — each returning a value.
///
/// Diagnostics from every step are collected; the build stops before rendering output when any is an error,
/// so a failed build never touches the output folder.
public struct BuildPipeline: Sendable {
    public var options: BuildOptions
    public var log: BuildLog
    /// Earlier renders to reuse: `serve` passes one kept in memory; otherwise `build` reads the output folder's state.
    public var cache: RenderCache?

    public init(options: BuildOptions, log: BuildLog = .standardError, cache: RenderCache? = nil) {
        self.options = options
        self.log = log
        self.cache = cache
    }

    static let stepNames = ["load", "parse", "check", "model", "render", "scan", "write"]

    public func run() -> BuildResult {
        let started = Date()
        let total = options.writesOutput ? 7 : 6
        var diagnostics: [Diagnostic] = []
        var stepIndex = 0
        func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            stepIndex += 1
            let t0 = Date()
            let value = try body()
            let ms = Date().timeIntervalSince(t0) * 1000
            log.emit(String(format: "[%d/%d] %@ %.0f ms", stepIndex, total, name.padding(toLength: 7, withPad: " ", startingAt: 0), ms))
            return value
        }
        var sources: [SourceFile] = []
        func finish(_ files: [OutputFile] = [], report: WriteReport? = nil, date: LocalDate? = nil) -> BuildResult {
            let example = date ?? options.date.resolve(in: TimeZone(identifier: "Asia/Shanghai") ?? .current)
            let list = DiagnosticList(OfficeLocations.remap(diagnostics, files: sources).map { DateExample.applied($0, date: example) })
            return BuildResult(diagnostics: list.sorted, files: files, report: report, buildDate: date, seconds: Date().timeIntervalSince(started))
        }

        let loaded = step("load") { ContentLoader().load(siteRoot: options.siteRoot) }
        diagnostics += loaded.diagnostics
        sources = loaded.files

        let parsed = step("parse") { ContentParser.parse(loaded, options: options) }
        diagnostics += parsed.diagnostics

        let checked = step("check") { ContentChecks.check(parsed, loaded: loaded) }
        diagnostics += checked

        if options.writesOutput, let problem = InternalOutput.overlap(internal: options.resolvedInternalRoot, output: options.outputRoot) {
            diagnostics.append(.error(SourceLocation(path: options.resolvedInternalRoot), problem, key: "output.internal-inside"))
            return finish()
        }
        guard let profile = parsed.profile else { return finish() }
        let buildDate = options.date.resolve(in: profile.timeZone)
        let site = step("model") { SiteModel.make(parsed, profile: profile, buildDate: buildDate, options: options, loaded: loaded) }
        diagnostics += site.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { return finish(date: buildDate) }

        var theme = parsed.theme
        if let engine = options.templateEngine { theme.engine = engine }
        let renderer = SiteRenderer(site: site.site, theme: theme)
        let privateValues = PrivacyGuard.values(from: site.site.honours)
            + PrivacyGuard.residentValues(teams: site.site.teams, volunteers: site.site.volunteerRegistry, incidents: site.site.incidents)
        // The protected values are part of every page's key: a new black-list name re-renders (and rescans) every page.
        let fingerprint = InputFingerprint(loaded: loaded, options: options, buildDate: buildDate, sections: renderer.sectionPaths,
                                           privateValues: privateValues.map { "\($0)" })
        let cache = self.cache ?? (options.writesOutput && options.incremental ? RenderCache(outputRoot: options.outputRoot) : RenderCache())
        let pages = step("render") { renderer.render(cache: cache, fingerprint: fingerprint) }
        let media = MediaUse.published(site.mediaFiles, pages: pages)
        diagnostics += media.diagnostics
        let files = pages + media.files
        // Output checks (privacy guard) on the files rendered in this build and the media; reused pages were scanned
        // when they were made, with the same protected values (they are part of every page's key).
        let rendered = cache.renderedPaths
        let mediaPaths = Set(media.files.map(\.path))
        diagnostics += step("scan") {
            OutputChecks.check(files, privateValues: privateValues, publicPhones: PrivacyGuard.publishedPhones(of: profile), sources: loaded.files,
                               scanned: { rendered.contains($0.path) || mediaPaths.contains($0.path) })
        }
        // Internal checklists: rendered apart, with the media they show, for the internal folder only.
        let internalPages = renderer.renderInternal(publicPrefix: InternalOutput.publicPrefix(from: options.resolvedInternalRoot, to: options.outputRoot))
        let internalFiles = internalPages + MediaUse.published(site.mediaFiles, pages: internalPages).files
        diagnostics += InternalLeakCheck.check(files, checklists: site.site.checklists)
        // The internal pages get the same privacy guard as public ones: a black-list name stays masked for inspectors too.
        diagnostics += OutputChecks.check(internalFiles, privateValues: privateValues, publicPhones: PrivacyGuard.publishedPhones(of: profile), sources: loaded.files)
        guard options.writesOutput, !diagnostics.contains(where: { $0.severity == .error }) else {
            var result = finish(files, date: buildDate)
            result.internalFiles = internalFiles
            return result
        }
        do {
            let report = try step("write") { try OutputWriter(outputRoot: options.outputRoot).write(files, extra: [cache.stateFile()], skipCompare: cache.reusedPaths) }
            var internalReport: WriteReport?
            let internalRoot = options.resolvedInternalRoot
            if !internalFiles.isEmpty || FileManager.default.fileExists(atPath: internalRoot + "/" + OutputWriter.manifestName) {
                internalReport = try OutputWriter(outputRoot: internalRoot).write(internalFiles)
            }
            var result = finish(files, report: report, date: buildDate)
            result.internalFiles = internalFiles
            result.internalReport = internalReport
            return result
        } catch let error as WriteError {
            cache.clear()
            diagnostics.append(.error(SourceLocation(path: error.path), "\(error.description)；输出文件夹已恢复为上一次构建的样子 (the output folder was left as the previous build)", key: "output.write"))
            return finish(files, date: buildDate)
        } catch {
            cache.clear()
            diagnostics.append(.error(SourceLocation(path: options.outputRoot), "无法写入输出文件夹 \(options.outputRoot)（\(error.localizedDescription)）(cannot write the output folder)", key: "output.write"))
            return finish(files, date: buildDate)
        }
    }

}

extension BuildResult {
    /// The last line of a build: pages written, unchanged, errors, warnings and seconds.
    public var summary: String {
        let r = self
        var parts: [String] = []
        if let report = r.report {
            parts.append("\(report.written.count) written")
            parts.append("\(report.unchanged) unchanged")
            if !report.removed.isEmpty { parts.append("\(report.removed.count) removed") }
        } else {
            parts.append("\(r.files.count) pages rendered, nothing written")
        }
        parts.append("\(r.errorCount) errors")
        parts.append("\(r.warningCount) warnings")
        parts.append(String(format: "%.2f s", r.seconds))
        return (r.errorCount > 0 ? "构建失败 (build failed): " : "完成 (done): ") + parts.joined(separator: ", ")
    }
}
