import Foundation
import PackagePlugin

/// Build-tool plugin: embeds `templates/` (the default theme) into NoticeboardKit as generated Swift, so the binary
/// carries its theme and the generated file never lives in git. Re-runs whenever a file under `templates/` changes.
@main
struct EmbedThemePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinTheme.swift")
        return [.buildCommand(displayName: "Embedding the default theme from templates/",
                              executable: try context.tool(named: "EmbedThemeTool").url,
                              arguments: [templates.path, output.path],
                              inputFiles: inputs.sorted { $0.path < $1.path },
                              outputFiles: [output])]
    }
}
