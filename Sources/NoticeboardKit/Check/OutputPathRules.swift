/// What every file system the site may be copied to accepts in an output path (Linux, macOS, Windows/FAT on a USB
/// stick). Slugs are made to fit (`Slug.fit`); this is the last check on each rendered path before anything is written.
public enum OutputPathRules {
    /// Bytes a single folder or file name may hold (ext4, APFS, NTFS: 255).
    public static let maximumComponentBytes = 255
    /// Bytes a whole path may hold below the output folder (PATH_MAX is 4096; room is left for the folder itself).
    public static let maximumPathBytes = 3000

    /// Why `path` cannot be written, or nil.
    public static func problem(in path: String) -> String? {
        if path.utf8.count > maximumPathBytes { return "路径超过 \(maximumPathBytes) 字节 (path too long)" }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty || component == "." || component == ".." { return "路径含有空的或 . / .. 部分 (empty or dot component)" }
            if component.utf8.count > maximumComponentBytes { return "“\(component.prefix(20))…”超过 \(maximumComponentBytes) 字节 (name longer than \(maximumComponentBytes) bytes)" }
            if component.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || "\\:*?\"<>|".unicodeScalars.contains($0) }) {
                return "“\(component.prefix(20))”含有文件系统不接受的字符 (character a file system refuses)"
            }
        }
        return nil
    }
}
