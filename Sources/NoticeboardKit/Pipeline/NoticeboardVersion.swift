/// The tool's version, printed by `noticeboard --version`.
public enum NoticeboardVersion {
    public static let current = "0.1.0"
}
