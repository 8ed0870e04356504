/// The live-reload script `serve` adds to HTML pages (never to `build` output): it listens to the server's events,
/// reloads the page after a good build and shows the errors of a failed one over the page.
public enum LiveReload {
    public static let eventsPath = "/__noticeboard/events"

    /// Adds the script before `</body>` (or at the end); `version` is the build the page came from.
    public static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let tag = Array("<script>\(script(version: version))</script>\n".utf8)
        let end = Array("</body>".utf8)
        if let at = lastIndex(of: end, in: html) {
            return Array(html[..<at]) + tag + Array(html[at...])
        }
        return html + tag
    }

    private static func lastIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = hay.count - needle.count
        while i >= 0 {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    static func script(version: Int) -> String {
        """
        (function(){var v=\(version);function show(p){var o=document.getElementById('nb-overlay');\
        if(!p.length){if(o)o.remove();return;}if(!o){o=document.createElement('div');o.id='nb-overlay';\
        o.setAttribute('style','position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(40,0,0,.92);color:#fff;font:16px/1.6 monospace;padding:1.5em;white-space:pre-wrap');\
        document.body.appendChild(o);}o.textContent='构建失败，仍显示上次成功的版本 (build failed; showing the last good build)\\n\\n'+p.join('\\n');}\
        var s=new EventSource('\(eventsPath)');s.onmessage=function(e){var d=JSON.parse(e.data);\
        if(d.problems.length){show(d.problems);}else if(d.version!==v){location.reload();}else{show([]);}};})();
        """
    }
}
