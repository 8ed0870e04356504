import Testing
import Markdown

@Suite("Chinese-friendly Markdown")
struct ChineseMarkdownTests {
    func html(_ markdown: String) -> String {
        HTMLRenderer().render(ChineseTypography.parse(markdown))
    }

    @Test(arguments: [("“", "”"), ("「", "」"), ("《", "》"), ("（", "）"), ("‘", "’"), ("【", "】")])
    func boldAroundChinesePunctuation(open: String, close: String) {
        let out = html("这是**\(open)五好文明家庭\(close)**称号")
        #expect(out == "<p>这是<strong>\(open)五好文明家庭\(close)</strong>称号</p>\n")
    }

    @Test(arguments: ["，", "。", "！", "？", "：", "；", "、"])
    func boldEndingInChinesePunctuation(mark: String) {
        let out = html("请**务必注意\(mark)**然后离开")
        #expect(out == "<p>请<strong>务必注意\(mark)</strong>然后离开</p>\n")
    }

    @Test func emphasisWithChinesePunctuation() {
        #expect(html("他说*“好”*。") == "<p>他说<em>“好”</em>。</p>\n")
    }

    @Test func englishKeepsCommonMarkRules() {
        // Under CommonMark a `**` after a letter and before ASCII punctuation does not open emphasis.
        #expect(html("a**\"b\"**c") == "<p>a**&quot;b&quot;**c</p>\n")
        #expect(html("**bold** text") == "<p><strong>bold</strong> text</p>\n")
    }

    @Test func lineBreakBetweenChineseCharactersAddsNoSpace() {
        #expect(html("第一行\n第二行") == "<p>第一行第二行</p>\n")
        #expect(html("请注意，\n明天停水。") == "<p>请注意，明天停水。</p>\n")
    }

    @Test func lineBreakNextToEnglishStays() {
        #expect(html("hello\nworld") == "<p>hello\nworld</p>\n")
        #expect(html("停水 notice\nfor all") == "<p>停水 notice\nfor all</p>\n")
    }

    @Test func codeKeepsAsterisksAsWritten() {
        #expect(html("`**“x”**`") == "<p><code>**“x”**</code></p>\n")
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let node = ChineseTypography.parse("<script>alert(1)</script>\n\n正文<b>粗</b>")
        #expect(!HTMLRenderer().render(node).contains("<script>"))
        #expect(!HTMLRenderer().render(node).contains("<b>"))
        #expect(HTMLRenderer(allowsRawHTML: true).render(node).contains("<b>粗</b>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"])
    func unsafeLinksAreRefused(url: String) {
        let out = html("[点我](\(url))")
        #expect(!out.contains("href"))
        #expect(out.contains("点我"))
    }

    @Test func textIsEscaped() {
        #expect(html("a < b & \"c\"") == "<p>a &lt; b &amp; &quot;c&quot;</p>\n")
    }

    @Test func positionsAreInCharacters() {
        let doc = ChineseTypography.parse("第一段\n\n中文中文 **粗**\n\n- 项目")
        #expect(doc.children[1].start == MarkdownPosition(line: 3, column: 1))
        #expect(doc.children[2].start == MarkdownPosition(line: 5, column: 1))
    }
}
