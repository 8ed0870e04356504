#!/usr/bin/env python3
"""Writes the flat OpenDocument sources of the Office fixtures (run by scripts/make-office-fixtures).

plan.fodt   a work plan with automatic Chinese numbering 一、（一）1、（1）① (list levels with a zh-CN character style,
            so LibreOffice writes chineseCountingThousand), a heading in the list, a first-page 标题： block.
ledger.fods a ledger quarter: a merged title row, a two-row header under merged cells, dates as date serials.
notice.fodt a notice: title in the document properties, a 类型：/日期： block, a heading, bold and italic, a bullet
            list, a table with a header row, a picture and a link.
blacklist.fods an honour (曝光台) list with a title row and date serials.
"""
import html, sys, os

out = sys.argv[1] if len(sys.argv) > 1 else "."

def esc(s): return html.escape(s, quote=True)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')

# ---- the plan: (level or 0 for a plain paragraph, text, heading?) ----
PLAN = [
    (0, "标题：长青社区2026年文明社区创建工作计划"),
    (0, "年度：2026"),
    (0, "网址名：2026-civilised"),
    (0, "通过日期：2026-01-16"),
    (0, "状态：已印发"),
    (0, ""),
    (0, "　　为深入推进文明社区创建，巩固“全国文明城市”创建成果，进一步提升居民文明素质和社区文明程度，结合本社区实际，制定本计划。"),
    (1, "指导思想"),
    (0, "　　坚持以人民为中心，以社会主义核心价值观为引领，以“共建共治共享”为路径，把文明创建融入居民日常生活，做到创建为民、创建惠民、创建靠民。"),
    (1, "工作目标"),
    (0, "　　全年各项创建指标全部达到街道文明办要求：道德讲堂每月开讲，“我们的节日”活动覆盖七个传统节日，注册志愿者占常住人口5%以上，垃圾分类知晓率达到95%以上，全年无较大消防安全事故，创建工作居民满意率达到90%以上。"),
    (1, "主要任务"),
    (2, "思想道德建设"),
    (3, "办好道德讲堂。每月第二个周六上午在党群服务中心举办一期，按“唱歌曲、学模范、诵经典、发善心、送吉祥”五个环节进行，邀请身边好人、五好文明家庭代表讲述身边事。"),
    (3, "开展“我们的节日”活动。围绕春节、元宵、清明、端午、七夕、中秋、重阳，分别组织写春联、猜灯谜、网上祭英烈、包粽子、孝老敬老等活动，每个节日至少开展一次。"),
    (3, "深化学雷锋志愿服务。以3月5日学雷锋日为起点，组建环境、助老、助学、文化四支志愿服务队，推行志愿服务积分兑换，年底评选星级志愿者。"),
    (2, "人居环境整治"),
    (3, "推进垃圾分类。"),
    (0, "　　每月开展一次垃圾分类宣传，志愿者在投放点轮值督导，实行“红黑榜”通报，年内实现楼道撤桶全覆盖。"),
    (3, "楼道和公共区域整治。集中清理楼道堆物、“牛皮癣”小广告和僵尸车，规范非机动车停放，占用消防通道的在曝光台公示并限期整改。"),
    (3, "文明养犬宣传。发放《文明养犬倡议书》，组织养犬登记和免费狂犬疫苗接种，劝导牵绳出行、及时清理犬只粪便。"),
    (2, "平安和谐社区"),
    (3, "消防安全。"),
    (4, "开展消防安全检查。每季度组织一次全覆盖检查，重点是："),
    (5, "高层住宅楼道和消防通道；"),
    (5, "电动自行车集中停放和充电场所；"),
    (0, "④沿街“九小场所”用火用电。"),   # typed by hand: the plan keeps its numbering slip (③ is missing)
    (4, "组织消防演练。11月“消防宣传月”期间在小区组织一次疏散演练，教会居民使用灭火器。"),
    (3, "普法宣传。结合“宪法宣传周”、“民法典宣传月”开展普法进楼道活动，设立法律服务点，每月一次律师坐班答疑。"),
    (2, "健康与文体"),
    (3, "健康教育。每季度举办一次健康讲座，组织老年人免费体检，普及慢性病防治和急救知识。"),
    (3, "群众文体活动。支持广场舞队、合唱团、书画社等文体团队常态化活动，元旦前举办社区文艺汇演。"),
    (2, "关爱帮扶"),
    (3, "困难群众帮扶慰问。春节、中秋走访慰问低保、特困、残疾人家庭和空巢老人，建立一户一档，落实结对帮扶。"),
    (-1, "保障措施"),   # level 1 as a Heading 2
    (2, "加强组织领导。成立由社区党委书记任组长的创建工作领导小组，每月召开一次领导小组会议，研究部署、督查推进创建任务，做到任务到人、责任到岗。"),
    (2, "广泛宣传发动。利用宣传栏、电子显示屏、居民微信群和楼道公示栏，宣传创建知识和好人好事，动员居民人人参与、户户支持，形成“创建为民、人人共享”的良好氛围。"),
]

LEVELS = [("一, 二, 三, ...", "", "、"), ("一, 二, 三, ...", "（", "）"), ("1", "", "、"), ("1", "（", "）"), ("①, ②, ③, ...", "", "")]

def plan_fodt(items):
    styles = "".join(
        f'<text:list-level-style-number text:level="{i+1}" text:style-name="Zh" style:num-prefix="{p}" style:num-suffix="{s}" style:num-format="{f}">'
        f'<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>'
        f'</text:list-level-style-number>' for i, (f, p, s) in enumerate(LEVELS))
    body = []
    open_levels = 0
    def close_to(n):
        nonlocal open_levels
        while open_levels > n:
            body.append("</text:list-item></text:list>")
            open_levels -= 1
    for level, text in items:
        if level == 0:
            close_to(0)
            body.append(f'<text:p text:style-name="Standard">{esc(text)}</text:p>')
            continue
        heading = level < 0
        level = abs(level)
        if open_levels >= level:
            close_to(level)
            body.append("</text:list-item><text:list-item>")
        else:
            while open_levels < level:
                if open_levels == 0:
                    body.append('<text:list xml:id="plan" text:continue-numbering="true" text:style-name="PlanList">' if True else "")
                else:
                    body.append("<text:list>")
                body.append("<text:list-item>")
                open_levels += 1
                if open_levels < level:
                    pass
        if heading:
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{esc(text)}</text:h>')
        else:
            body.append(f'<text:p text:style-name="Standard">{esc(text)}</text:p>')
    close_to(0)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Zh" style:family="text"><style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:style>
<text:list-style style:name="PlanList">{styles}</text:list-style>
</office:styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body></office:document>
'''

def cell(v, kind="string", span=None, rows=None, style=None):
    attrs = ""
    if span: attrs += f' table:number-columns-spanned="{span}"'
    if rows: attrs += f' table:number-rows-spanned="{rows}"'
    if style: attrs += f' table:style-name="{style}"'
    if v is None or v == "":
        return f"<table:table-cell{attrs}/>"
    if kind == "date":
        return f'<table:table-cell{attrs} office:value-type="date" office:date-value="{v}"><text:p>{v}</text:p></table:table-cell>'
    if kind == "float":
        return f'<table:table-cell{attrs} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    lines = "".join(f"<text:p>{esc(l)}</text:p>" for l in str(v).split("\n"))
    return f'<table:table-cell{attrs} office:value-type="string">{lines}</table:table-cell>'

def covered(n=1): return "<table:covered-table-cell/>" * n

def fods(sheets):
    tables = []
    for name, rows in sheets:
        tables.append(f'<table:table table:name="{esc(name)}">' + "".join(f"<table:table-row>{''.join(r)}</table:table-row>" for r in rows) + "</table:table>")
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="D"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
<style:style style:name="Date" style:family="table-cell" style:data-style-name="D"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document>
'''

def ledger_rows(csv_rows, title):
    head = ["日期", "时间", "活动名称", "类别", "地点", "组织者", "参与人数", "志愿者人数", "志愿服务时长", "对应任务", "照片", "简介"]
    rows = [[cell(title, span=12)] + [covered(11)]]
    # a two-row header: 参与情况 spans 参与人数/志愿者人数/志愿服务时长, the other headers span both rows
    top = []
    for i, h in enumerate(head):
        if i == 6: top.append(cell("参与情况", span=3)); continue
        if i in (7, 8): top.append(covered()); continue
        top.append(cell(h, rows=2))
    rows.append(top)
    rows.append([covered(6), cell("参与人数"), cell("志愿者人数"), cell("志愿服务时长"), covered(3)])
    for r in csv_rows:
        y, m, d = r[0].split("/")
        cells = [cell(f"{int(y):04d}-{int(m):02d}-{int(d):02d}", "date", style="Date")]
        for i, v in enumerate(r[1:], start=1):
            if i in (6, 7, 8) and v:
                cells.append(cell(v, "float"))
            else:
                cells.append(cell(v))
        rows.append(cells)
    rows.append([cell("")])  # an empty trailing row
    return rows

def tiny_png():
    import zlib, struct, base64
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xc0\x30\x30" * 8 for _ in range(8))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()

def notice_fodt():
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>消防演练通知</dc:title></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"/>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="Standard">类型：通知</text:p>
<text:p text:style-name="Standard">日期：2026-11-28</text:p>
<text:p text:style-name="Standard"/>
<text:p text:style-name="Standard">各位居民：为提高大家的火灾逃生能力，社区定于<text:span text:style-name="B">12月5日上午9:00</text:span>在中心广场组织消防演练，<text:span text:style-name="I">请准时参加</text:span>。</text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">注意事项</text:h>
<text:list text:style-name="Bullets"><text:list-item><text:p text:style-name="Standard">听从工作人员指挥；</text:p></text:list-item><text:list-item><text:p text:style-name="Standard">不要乘坐电梯。</text:p></text:list-item></text:list>
<table:table table:name="安排"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>时间</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>地点</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>9:00</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>中心广场</text:p></table:table-cell></table:table-row>
</table:table>
<text:p text:style-name="Standard"><draw:frame draw:name="示意图" svg:width="2cm" svg:height="2cm" text:anchor-type="as-char"><draw:image><office:binary-data>{tiny_png()}</office:binary-data></draw:image><svg:desc>疏散路线示意图</svg:desc></draw:frame></text:p>
<text:p text:style-name="Standard">详见<text:a xlink:type="simple" xlink:href="https://www.119.gov.cn/">消防安全知识</text:a>。</text:p>
</office:text></office:body></office:document>
'''

if __name__ == "__main__":
    with open(os.path.join(out, "notice.fodt"), "w") as f:
        f.write(notice_fodt())
    import csv
    with open(os.path.join(out, "plan.fodt"), "w") as f:
        f.write(plan_fodt(PLAN))
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger-q1.csv")
    with open(src, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    with open(os.path.join(out, "ledger.fods"), "w") as f:
        f.write(fods([("一季度", ledger_rows(rows, "长青社区2026年第一季度活动台账")), ("说明", [[cell("本表由社区居委会填报。")]])]))
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blacklist.csv")
    with open(src, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head, data = rows[0], rows[1:]
    sheet = [[cell("2026年第四季度不文明行为曝光台", span=len(head))] + [covered(len(head) - 1)], [cell(h) for h in head]]
    for r in data:
        sheet.append([cell(v, "date", style="Date") if head[i] in ("日期", "整改日期") and v else cell(v) for i, v in enumerate(r)])
    with open(os.path.join(out, "blacklist.fods"), "w") as f:
        f.write(fods([("曝光台", sheet)]))
