import Foundation

/// What the load step read from the site folder: text files decoded, media files listed, templates found.
public struct LoadedSite: Sendable {
    public var root: String
    public var files: [SourceFile]
    /// Media files (photos) under `content/`, as paths relative to the site folder.
    public var media: [String]
    /// Templates by name (`layout`, `partials/header` …) with the path they were read from.
    public var templates: [TemplateSource]
    public var diagnostics: [Diagnostic]
    /// Pictures taken out of Word files, published like media: path relative to the site folder → bytes.
    public var embeddedMedia: [String: [UInt8]] = [:]

    public func file(_ path: String) -> SourceFile? { files.first { $0.path == path } }
}

/// One Mustache template of the theme.
public struct TemplateSource: Sendable {
    public var name: String
    public var path: String
    public var text: String
}

/// Reads `content/` and `templates/` of a site folder, refusing what could leak or loop (symlinks out, bad encodings).
public struct ContentLoader: Sendable {
    /// Extensions read as text; everything else under `content/` is media.
    static let textExtensions: Set<String> = ["md", "markdown", "yaml", "yml", "csv"]
    /// Files published as they are (photos, PDFs, sound and video). Anything else under `content/` — a Word file, a
    /// spreadsheet, a note — is left out with a warning, so a stray file with residents' details is never put online.
    static let mediaExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "pdf", "mp3", "m4a", "mp4", "webm"]
    /// Office files read as content, by extension, and the `content/` folders that read them (docs/office.md).
    static let officeSections: [String: Set<String>] = ["docx": ["plans", "notices", "bulletins"], "xlsx": ["ledger", "honours", "teams", "volunteers", "incidents", "checklists"]]
    /// Binary Office and WPS formats: refused in those folders with a hint to save as .docx/.xlsx.
    static let oldOfficeExtensions: Set<String> = ["doc", "xls", "wps", "et", "dot", "xlt"]
    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize = 64 * 1024 * 1024

    public init() {}

    public func load(siteRoot: String) -> LoadedSite {
        var diagnostics = DiagnosticList()
        let fm = FileManager.default
        let root = URL(fileURLWithPath: siteRoot).standardizedFileURL.path
        let contentRoot = root + "/content"
        var files: [SourceFile] = []
        var media: [String] = []
        var officeFiles: [String] = []
        var embeddedMedia: [String: [UInt8]] = [:]
        var isDir: ObjCBool = false
        if !fm.fileExists(atPath: contentRoot, isDirectory: &isDir) || !isDir.boolValue {
            diagnostics.error(SourceLocation(path: "content", line: 1, column: 1),
                              "找不到 content 文件夹 (no content/ folder in \(siteRoot))", key: "site.no-content")
        } else {
            for name in ["site.yaml", "site.yml"] where fm.fileExists(atPath: contentRoot + "/" + name, isDirectory: &isDir) && isDir.boolValue {
                diagnostics.error(SourceLocation(path: "content/" + name),
                                  "content/\(name) 是一个文件夹，应是社区资料文件 (content/\(name) is a folder, not the site profile file)", key: "site.not-a-file")
            }
            let realContent = realPath(contentRoot) ?? contentRoot
            for relative in listFiles(in: contentRoot, realRoot: realContent, prefix: "content", diagnostics: &diagnostics) {
                let full = root + "/" + relative
                let ext = (relative as NSString).pathExtension.lowercased()
                let section = SourceFile(path: relative, text: "").section
                let officeSection = Self.officeSections.values.contains { $0.contains(section) }
                if Self.officeSections[ext]?.contains(section) == true {
                    officeFiles.append(relative)
                } else if Self.oldOfficeExtensions.contains(ext), officeSection {
                    diagnostics.append(OfficeFailure.oldFormat(ext: ext).diagnostic(path: relative))
                } else if Self.textExtensions.contains(ext) {
                    if let file = readText(path: relative, full: full, csv: ext == "csv", diagnostics: &diagnostics) {
                        files.append(file)
                    }
                } else if Self.mediaExtensions.contains(ext) {
                    media.append(relative)
                } else {
                    diagnostics.warning(SourceLocation(path: relative),
                                        "此文件不是图片、PDF 或音视频，不会发布到网站（.\(ext.isEmpty ? "无扩展名" : ext)）(not a media file: left out of the site)",
                                        key: "file.not-published")
                }
            }
        }
        for relative in officeFiles {
            guard let data = FileManager.default.contents(atPath: root + "/" + relative) else {
                diagnostics.error(SourceLocation(path: relative), "无法读取文件 (cannot read file)", key: "file.unreadable")
                continue
            }
            let file = SourceFile(path: relative, text: "")
            do {
                if file.fileExtension == "xlsx" {
                    let (read, problems) = try WorkbookReader.read([UInt8](data), file: root + "/" + relative)
                    var workbook = read
                    diagnostics.append(contentsOf: workbook.removeInvisibleCharacters(path: relative))
                    let (text, map) = workbook.scanText(path: relative)
                    files.append(SourceFile(path: relative, text: text, workbook: workbook, lineMap: map))
                    for p in problems {
                        let sheet = Workbook.Sheet(name: p.sheet)
                        diagnostics.warning(SourceLocation(path: relative, line: p.row, column: p.column, anchor: sheet.anchor(row: p.row, column: p.column)),
                                            "单元格显示错误值 \(p.text)（公式出错），按空白读取 (cell shows an error value: read as empty)", key: "xlsx.cell-error")
                    }
                } else {
                    let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
                    let sidecar = files.first { ["yaml", "yml"].contains($0.fileExtension) && $0.stem == file.stem && $0.path.split(separator: "/").dropLast().joined(separator: "/") == folder }
                    let converted = try DocxConverter.convert(path: relative, bytes: [UInt8](data), sidecar: sidecar, file: root + "/" + relative)
                    let stripped = InvisibleCharacters.strip(converted.text)
                    if let first = stripped.first, let d = InvisibleCharacters.diagnostic(stripped, at: SourceLocation(path: relative, line: first.line, column: first.column)) {
                        diagnostics.append(d)  // located in the converted text; OfficeLocations.remap moves it to the paragraph
                    }
                    files.append(SourceFile(path: relative, text: stripped.text, lineMap: converted.lineMap))
                    diagnostics.append(contentsOf: converted.diagnostics)
                    for image in converted.images where !media.contains(image.path) {
                        media.append(image.path)
                        embeddedMedia[image.path] = image.bytes
                    }
                }
            } catch {
                diagnostics.append(error.diagnostic(path: relative))
            }
        }
        media.sort()
        var templates: [TemplateSource] = []
        let templateRoot = root + "/templates"
        if fm.fileExists(atPath: templateRoot, isDirectory: &isDir), isDir.boolValue {
            let realTemplates = realPath(templateRoot) ?? templateRoot
            for relative in listFiles(in: templateRoot, realRoot: realTemplates, prefix: "templates", diagnostics: &diagnostics) {
                let full = root + "/" + relative
                guard let file = readText(path: relative, full: full, csv: false, diagnostics: &diagnostics) else { continue }
                let inner = String(relative.dropFirst("templates/".count))
                templates.append(TemplateSource(name: inner, path: relative, text: file.text))
            }
        }
        var site = LoadedSite(root: root, files: files, media: media, templates: templates, diagnostics: diagnostics.items)
        site.embeddedMedia = embeddedMedia
        return site
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Every regular file below `folder`, sorted, as paths starting with `prefix`; hidden files skipped.
    private func listFiles(in folder: String, realRoot: String, prefix: String, diagnostics: inout DiagnosticList) -> [String] {
        var result: [String] = []
        var visited = Set<String>()
        func walk(_ dir: String, _ rel: String, depth: Int) {
            guard depth < 32 else {
                diagnostics.error(SourceLocation(path: rel), "文件夹层级过深 (folders nested too deeply)", key: "file.too-deep")
                return
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
                let full = dir + "/" + name
                let relative = rel + "/" + name
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                var target = full
                if (st.st_mode & S_IFMT) == S_IFLNK {
                    guard let real = realPath(full) else {
                        diagnostics.error(SourceLocation(path: relative), "符号链接无法解析（可能成环或指向不存在的文件）(symlink cannot be resolved: loop or missing target)", key: "file.symlink-broken")
                        continue
                    }
                    guard real == realRoot || real.hasPrefix(realRoot + "/") else {
                        diagnostics.error(SourceLocation(path: relative), "符号链接指向 \(prefix)/ 之外，已拒绝 (symlink leads outside \(prefix)/)", key: "file.symlink-outside")
                        continue
                    }
                    target = real
                    guard stat(real, &st) == 0 else { continue }
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    let key = realPath(target) ?? target
                    guard visited.insert(key).inserted else {
                        diagnostics.error(SourceLocation(path: relative), "文件夹链接成环 (folder symlink loop)", key: "file.symlink-loop")
                        continue
                    }
                    walk(target, relative, depth: depth + 1)
                } else if (st.st_mode & S_IFMT) == S_IFREG {
                    if Int(st.st_size) > maximumFileSize {
                        diagnostics.error(SourceLocation(path: relative), "文件过大（\(st.st_size) 字节，上限 \(maximumFileSize)）(file too large)", key: "file.too-large")
                        continue
                    }
                    result.append(relative)
                }
            }
        }
        visited.insert(realRoot)
        walk(folder, prefix, depth: 0)
        return result
    }

    private func readText(path: String, full: String, csv: Bool, diagnostics: inout DiagnosticList) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: full) else {
            diagnostics.error(SourceLocation(path: path), "无法读取文件 (cannot read file)", key: "file.unreadable")
            return nil
        }
        let bytes = [UInt8](data)
        let result = csv ? TextDecoding.decodeUTF8OrGB18030(bytes) : TextDecoding.decodeUTF8(bytes)
        switch result {
        case .success(let (text, encoding)):
            let stripped = InvisibleCharacters.strip(TextDecoding.normalizeNewlines(text))
            if let first = stripped.first, let d = InvisibleCharacters.diagnostic(stripped, at: SourceLocation(path: path, line: first.line, column: first.column)) {
                diagnostics.append(d)
            }
            return SourceFile(path: path, text: stripped.text, encoding: encoding)
        case .failure(let failure):
            switch failure {
            case .nulByte(let offset):
                let (line, column) = TextDecoding.lineAndColumn(ofByte: offset, in: bytes)
                diagnostics.error(SourceLocation(path: path, line: line, column: column),
                                  "文件含有 NUL 字节（第 \(offset) 字节），不是文本文件 (NUL byte at byte offset \(offset): not a text file)", key: "encoding.nul")
            case .invalidUTF8(let offset, let gb):
                let (line, column) = TextDecoding.lineAndColumn(ofByte: offset, in: bytes)
                let hint = gb ? "；文件像是 GB18030/GBK 编码，请另存为 UTF-8 (looks like GB18030/GBK: save it as UTF-8)" : ""
                diagnostics.error(SourceLocation(path: path, line: line, column: column),
                                  "不是有效的 UTF-8（第 \(offset) 字节）(invalid UTF-8 at byte offset \(offset))\(hint)", key: "encoding.invalid")
            case .invalidGB18030(let offset):
                let (line, column) = TextDecoding.lineAndColumn(ofByte: offset, in: bytes)
                diagnostics.error(SourceLocation(path: path, line: line, column: column),
                                  "既不是 UTF-8 也不是 GB18030（第 \(offset) 字节）(neither UTF-8 nor GB18030 at byte offset \(offset))", key: "encoding.invalid")
            }
            return nil
        }
    }
}
