#!/usr/bin/env python3
"""Writes the bad and hostile Office files of the corpus (Tests/NoticeboardTests/Corpus/*-docx-*, *-xlsx-*, *-doc-*),
from the LibreOffice fixtures beside this script. Run by scripts/make-office-fixtures.

  zip bomb          a document.xml of 40 MiB of spaces (deflates to ~40 KB): over the 32 MiB part limit
  lying sizes       the same bomb with its ZIP headers claiming 1000 bytes: caught by the streaming cap
  doctype           an external entity (XXE) in document.xml; a billion-laughs DOCTYPE in sharedStrings.xml
  malformed xml     document.xml cut in the middle of a tag
  truncated         notice.docx cut in half (no central directory)
  not a zip         text saved with a .docx name
  encrypted         notice.docx with a password (needs `pip install msoffcrypto-tool`; skipped without it)
  old formats       .doc and .xls written by LibreOffice (MS Word 97 / MS Excel 97), passed in as arguments
"""
import os, sys, zipfile, io, struct, shutil

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "..", "Corpus")

def case(name, path, data):
    full = os.path.join(corpus, name, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)

def rezip(source, replace):
    """Copies the zip `source`, replacing parts by name."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    return out.getvalue()

notice = os.path.join(here, "notice.docx")
ledger = os.path.join(here, "ledger.xlsx")
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

bomb_xml = b'<?xml version="1.0"?><w:document ' + W + b'><w:body><w:p><w:r><w:t>' + b" " * (40 * 1024 * 1024) + b'</w:t></w:r></w:p></w:body></w:document>'
bomb = rezip(notice, {"word/document.xml": bomb_xml})
case("notice-docx-zip-bomb", "content/notices/2026-11-01-通知.docx", bomb)

# The same, with every size field of document.xml claiming 1000 bytes.
lying = bytearray(bomb)
with zipfile.ZipFile(io.BytesIO(bomb)) as z:
    info = z.getinfo("word/document.xml")
    local = info.header_offset
    struct.pack_into("<I", lying, local + 22, 1000)
    central = bytes(lying).find(b"PK\x01\x02" + bytes(lying)[local + 4:local + 6])
    while central >= 0:
        name_len = struct.unpack_from("<H", lying, central + 28)[0]
        if bytes(lying[central + 46:central + 46 + name_len]) == b"word/document.xml":
            struct.pack_into("<I", lying, central + 24, 1000)
            break
        central = bytes(lying).find(b"PK\x01\x02", central + 4)
case("notice-docx-zip-bomb-lying-sizes", "content/notices/2026-11-01-通知.docx", bytes(lying))

xxe = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ' + W +
       b'><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
case("notice-docx-external-entity", "content/notices/2026-11-01-通知.docx", rezip(notice, {"word/document.xml": xxe}))

laughs = b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "hahahahaha">' + b"".join(
    b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&" + bytes([97 + i]) + b";" * 1 + (b"&" + bytes([97 + i]) + b";") * 9) for i in range(9)
) + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&j;</t></si></sst>'
case("ledger-xlsx-billion-laughs", "content/ledger/台账.xlsx", rezip(ledger, {"xl/sharedStrings.xml": laughs}))

with zipfile.ZipFile(notice) as z:
    doc = z.read("word/document.xml")
case("notice-docx-malformed-xml", "content/notices/2026-11-01-通知.docx", rezip(notice, {"word/document.xml": doc[: len(doc) // 2]}))

raw = open(notice, "rb").read()
case("notice-docx-truncated", "content/notices/2026-11-01-通知.docx", raw[: len(raw) // 2])
case("notice-docx-not-zip", "content/notices/2026-11-01-通知.docx", "---\ntitle: 通知\n---\n这其实是文本文件。\n".encode())

try:
    from msoffcrypto.format.ooxml import OOXMLFile
    out = io.BytesIO()
    OOXMLFile(open(notice, "rb")).encrypt("1234", out)
    case("notice-docx-password", "content/notices/2026-11-01-通知.docx", out.getvalue())
except ImportError:
    print("make-bad-files: msoffcrypto-tool not installed: the password-protected case is kept as it is", file=sys.stderr)

def minimal_xlsx(sheet_xml, formats=b'<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'):
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook ' + main + b'><sheets><sheet name="\xe5\x8f\xb0\xe8\xb4\xa6" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet ' + main + b'>' + sheet_xml + b'</worksheet>',
        "xl/styles.xml": b'<?xml version="1.0"?><styleSheet ' + main + b'>' + formats + b'</styleSheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()

def inline(ref, text):
    return b'<c r="' + ref.encode() + b'" t="inlineStr"><is><t>' + text.encode() + b'</t></is></c>'

header = b'<row r="1">' + inline("A1", "日期") + inline("B1", "活动名称") + inline("C1", "类别") + b'</row>'
leap = b'<sheetData>' + header + b'<row r="2"><c r="A2" s="1"><v>60</v></c>' + inline("B2", "例会") + inline("C2", "会议") + b'</row></sheetData>'
case("ledger-xlsx-1900-leap-day", "content/ledger/台账.xlsx", minimal_xlsx(leap))
nohead = b'<sheetData><row r="1">' + inline("A1", "时候") + inline("B1", "事情") + b'</row><row r="2">' + inline("A2", "1月8日") + inline("B2", "例会") + b'</row></sheetData>'
case("ledger-xlsx-no-header", "content/ledger/台账.xlsx", minimal_xlsx(nohead))
case("ledger-et-wps-format", "content/ledger/台账.et", open(ledger, "rb").read())

for old in sys.argv[1:]:
    ext = old.rsplit(".", 1)[-1]
    target = {"doc": ("plan-doc-old-format", "content/plans/2026-计划.doc"), "xls": ("ledger-xls-old-format", "content/ledger/台账.xls")}[ext]
    case(target[0], target[1], open(old, "rb").read())
