#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""PDF input end to end: sample PDFs made here and now with reportlab and a Nanum font (never
committed), read by `kbrief text` and `kbrief json`, whose output is checked exactly; and the
bad PDFs (encrypted, no text layer, cut short) each refused with exit code 3 while the other
files of the batch go through.

usage: pdf_inputs.py KBRIEF
       pdf_inputs.py --unsupported KBRIEF   (a kbrief built with -DKBRIEF_PDF=OFF)
Skips (77) when reportlab or the Nanum fonts are missing (Debian: python3-reportlab fonts-nanum).
"""
import json
import os
import subprocess
import sys
import tempfile

FONT_DIR = "/usr/share/fonts/truetype/nanum"

# Without PDF support, a PDF is refused with exit code 3 and a message naming the option; the
# smallest file that starts like a PDF will do.
if sys.argv[1] == "--unsupported":
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(b"%PDF-1.4\n%%EOF\n")
        f.flush()
        p = subprocess.run([sys.argv[2], "json", f.name], capture_output=True)
        err = p.stderr.decode()
        if p.returncode != 3 or "-DKBRIEF_PDF=ON" not in err:
            print(f"FAIL: exit {p.returncode}, {err!r}")
            sys.exit(1)
    print("ok   a PDF is refused with exit code 3, naming KBRIEF_PDF")
    sys.exit(0)

try:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
except ImportError:
    print("SKIP: python3 has no reportlab (Debian: python3-reportlab), so no sample PDF can be made")
    sys.exit(77)
if not os.path.exists(os.path.join(FONT_DIR, "NanumGothic.ttf")):
    print(f"SKIP: no Nanum font in {FONT_DIR} (Debian: fonts-nanum)")
    sys.exit(77)

pdfmetrics.registerFont(TTFont("Nanum", os.path.join(FONT_DIR, "NanumGothic.ttf")))
pdfmetrics.registerFont(TTFont("NanumBold", os.path.join(FONT_DIR, "NanumGothicBold.ttf")))

PAGE_HEIGHT = A4[1]


def new_canvas(path, **kw):
    # invariant: the same bytes on every run (no date or random id in the file)
    return canvas.Canvas(path, pagesize=A4, invariant=1, **kw)


def draw(c, x, top, text, size=10, bold=False):
    """Draws one line whose baseline is `top` points below the page's top edge."""
    c.setFont("NanumBold" if bold else "Nanum", size)
    c.drawString(x, PAGE_HEIGHT - top, text)


# A two-page brief: title, byline, numbered headings, paragraphs whose first line is indented
# and whose wrapped lines end in a space (the wrap cue Hancom and Word leave), a page number.
def make_brief(path):
    c = new_canvas(path)
    # Info as layout programs often leave it: a file's name, an operator's login.
    c.setTitle("브리프(김민성)_최종.hwp")
    c.setAuthor("KOM")
    draw(c, 72, 80, "북한 핵정책의 변화와 전망", size=18, bold=True)
    draw(c, 72, 110, "김민성 연구위원")
    draw(c, 72, 150, "1. 서론", size=13, bold=True)
    draw(c, 82, 180, "최근 북한은 핵무력 정책을 법제화하고 전술핵 ")
    draw(c, 72, 196, "운용 능력을 과시하였다. 이는 한반도 안보 ")
    draw(c, 72, 212, "환경을 크게 바꾸었다.")
    draw(c, 82, 240, "2024년 3월 8일 발표된 보고서는 이를 ")
    draw(c, 72, 256, "상세히 다루고 있다.")
    draw(c, 290, 800, "- 1 -", size=9)
    c.showPage()
    draw(c, 72, 80, "2. 전망", size=13, bold=True)
    draw(c, 82, 110, "향후 북한은 추가 핵실험을 할 가능성이 ")
    draw(c, 72, 126, "있다.")
    draw(c, 290, 800, "- 2 -", size=9)
    c.showPage()
    c.save()


# Paragraphs told apart only by their first line's indent (one em in from the body's edge, at
# the body's own line pitch, the line before often full), under headings in two sizes larger
# than the body's 10 points: the geometry is the only evidence.
STRUCTURE = [
    ("heading", 14, "인력 구조의 변화"),
    ("heading", 12, "병역 자원의 감소"),
    ("paragraph", ["병역 자원이 빠르게 줄어들면서 군은 부대 구조와 인력 운영 방식을",
                   "함께 바꾸어야 하는 과제를 안게 되었다. 특히 초급 간부 확보가 어렵다."]),
    ("paragraph", ["이에 따라 국방부는 복무 여건을 개선하고 보상 체계를 정비하는 방안을",
                   "마련하였다."]),
    ("paragraph", ["그러나 현장의 부대는 여전히 인력 부족을 겪고 있으며 숙련된 인원이",
                   "떠나고 있다."]),
    ("heading", 12, "간부 확보의 어려움"),
    ("paragraph", ["간부의 처우를 높이는 데에는 적지 않은 예산이 들며 그 효과가 나타나기",
                   "전에 시간이 걸린다. 따라서 단기 대책과 장기 대책을 나누어 보아야 한다."]),
    ("paragraph", ["단기적으로는 숙소와 급여를 개선하고 장기적으로는 인력 구조를 바꾸는",
                   "것이 바람직하다."]),
    ("paragraph", ["또한 민간 인력을 활용하여 전투 이외의 임무를 맡기는 방안도 함께",
                   "검토할 수 있다."]),
    ("heading", 14, "정책 과제"),
    ("paragraph", ["이러한 과제는 한 부처의 노력만으로 풀 수 없으며 정부 전체가 함께",
                   "나서야 한다. 특히 예산 당국과 병무 당국의 협력이 무엇보다 필요하다."]),
    ("paragraph", ["첫 단계로 관계 부처가 참여하는 협의체를 만들어 정기적으로 점검하도록",
                   "한다."]),
    ("paragraph", ["다음 단계에서는 그 결과를 바탕으로 법령과 제도를 고쳐 나가야 할",
                   "것이다."]),
]


def make_structure(path):
    c = new_canvas(path)
    draw(c, 72, 70, "국방 인력 정책의 과제", size=18, bold=True)
    top = 110
    for kind, *rest in STRUCTURE:
        if kind == "heading":
            size, text = rest
            top += 10
            draw(c, 72, top, text, size=size, bold=True)
            top += 26
        else:
            for k, line in enumerate(rest[0]):
                draw(c, 82 if k == 0 else 72, top, line)
                top += 16
    c.showPage()
    c.save()


# A brief whose title is set in the body's type and whose byline ("name position") no text rule
# reads as one: only the Info dictionary, which spells both, tells them.
INFO_TITLE = "한반도 정세 변화와 우리의 대응 방향"


def make_info(path):
    c = new_canvas(path)
    c.setTitle(INFO_TITLE)
    c.setAuthor("김민성")
    draw(c, 72, 80, "제12호 2024년 5월", size=9)
    draw(c, 72, 110, "한반도 정세 변화와", bold=True)
    draw(c, 72, 126, "우리의 대응 방향", bold=True)
    draw(c, 72, 156, "김민성 연구위원")
    draw(c, 82, 196, "최근 한반도 정세는 빠르게 변하고 있으며 이에 따른 대응이 필요하다.")
    draw(c, 72, 212, "정부는 여러 방안을 검토하고 있다.")
    draw(c, 82, 228, "지난 3월 발표된 계획은 그 첫걸음이며 다음 단계의")
    draw(c, 72, 244, "계획도 곧 나온다.")
    c.showPage()
    c.save()


# One page: a title across the page, then two columns whose lines share their baselines.
def make_columns(path):
    c = new_canvas(path)
    draw(c, 72, 80, "두 단으로 된 쪽", size=16, bold=True)
    for k in range(5):
        draw(c, 72, 120 + 16 * k, f"왼쪽 단의 {k + 1}번째 줄입니다")
        draw(c, 320, 120 + 16 * k, f"오른쪽 단의 {k + 1}번째 줄입니다")
    c.showPage()
    c.save()


# Two pages whose every line is drawn at a known place, for the boxes: a title, a heading, a
# paragraph of three lines ending in a footnote marker, a paragraph that starts at the foot of
# page 1 and ends on page 2 (one box on each), the note in small type, page numbers, and on
# page 2 an impossible date for `kbrief check` to find.
BOXES_LINES = [
    # page, x, baseline below the page's top, text, size, bold
    (1, 72, 80, "상자로 본 보고서", 18, True),
    (1, 72, 130, "1. 서론", 13, True),
    (1, 82, 160, "첫째 문단의 첫 줄은 들여 쓰여 있고 ", 10, False),
    (1, 72, 176, "둘째 줄은 왼쪽 끝에서 시작하며 ", 10, False),
    (1, 72, 192, "셋째 줄에서 끝난다.1)", 10, False),
    (1, 82, 740, "둘째 문단은 이 쪽의 끝에서 시작하여 ", 10, False),
    (1, 72, 770, "1) 각주는 쪽의 아래에 작은 글자로 놓인다.", 8, False),
    (1, 290, 800, "- 1 -", 9, False),
    (2, 72, 80, "다음 쪽에서 끝난다.", 10, False),
    (2, 82, 110, "회의는 2023.4.31. 열렸다.", 10, False),
    (2, 290, 800, "- 2 -", 9, False),
]


def make_boxes(path):
    c = new_canvas(path)
    for k, (page, x, top, text, size, bold) in enumerate(BOXES_LINES):
        if k and page != BOXES_LINES[k - 1][0]:
            c.showPage()
        draw(c, x, top, text, size, bold)
    c.showPage()
    c.save()


def drawn_box(k):
    """Where line k of BOXES_LINES stands, top-down as kbrief writes it: from x to the end of its
    last glyph (a trailing space draws nothing), from the font's ascent above the baseline to its
    descent below."""
    page, x, top, text, size, bold = BOXES_LINES[k]
    font = "NanumBold" if bold else "Nanum"
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return {"page": page, "x0": x, "y0": top - ascent,
            "x1": x + pdfmetrics.stringWidth(text.rstrip(), font, size), "y1": top - descent}


def union(*ks):
    boxes = [drawn_box(k) for k in ks]
    return {"page": boxes[0]["page"], "x0": min(b["x0"] for b in boxes),
            "y0": min(b["y0"] for b in boxes), "x1": max(b["x1"] for b in boxes),
            "y1": max(b["y1"] for b in boxes)}


# Three pages of two columns under a running header set over the right column, whose reading
# order puts the header after the first column's text, where the text rules take it for a
# footer: its place on the page says what it is. The notes are set small at the page's foot:
# note 1 goes on after a line that ends a sentence; note 4 has no marker in the text.
BANDS_HEADER = "국방 정책 브리프 제12호"
BANDS_PAGES = [
    # left column, right column, footnotes (8 points under the body's 10)
    (["병력 자원이 빠르게 줄어들어", "군은 부대 구조를 바꾸어야", "하는 과제를 안게 되었다.1)"],
     ["이에 따라 국방부는 복무", "여건을 개선하는 방안을", "마련하였다."],
     ["1) 병역 자원은 해마다 줄고 있다.", "그 속도는 점점 빨라진다."]),
    (["그러나 현장의 부대는 여전히", "인력 부족을 겪고 있으며", "숙련된 인원이 떠난다.2)"],
     ["간부의 처우를 높이는 데에는", "적지 않은 예산이 들며 효과는", "늦게 나타난다."],
     ["2) 초급 간부의 지원율은 낮아졌다.", "3) 부사관의 복무 기간도 짧아졌다."]),
    (["따라서 단기 대책과 장기", "대책을 나누어 보아야 하며", "협력이 필요하다."],
     ["관계 부처가 참여하는", "협의체를 만들어 정기적으로", "점검하도록 한다."],
     ["4) 협의체의 구성은 따로 정한다."]),
]


def make_bands(path):
    c = new_canvas(path)
    for p, (left, right, notes) in enumerate(BANDS_PAGES):
        draw(c, 320, 40, BANDS_HEADER, size=9)
        for k in range(3):
            draw(c, 72, 90 + 16 * k, left[k])
            draw(c, 320, 90 + 16 * k, right[k])
        for k, line in enumerate(notes):
            draw(c, 72, 760 + 11 * k, line, size=8)
        draw(c, 320, 810, str(p + 1), size=9)
        c.showPage()
    c.save()


def make_encrypted(path):
    c = new_canvas(path, encrypt="secret")
    draw(c, 72, 80, "암호로 잠긴 문서")
    c.showPage()
    c.save()


def make_scanned(path):
    """A page with only a picture on it, as a scanner makes: no text layer."""
    c = new_canvas(path)
    c.rect(72, 300, 400, 300, fill=1)
    c.showPage()
    c.save()


def handmade_pdf(pages):
    """A PDF written byte by byte, for what reportlab cannot make: fonts without a Unicode map.
    `pages` holds each page's lines as (font, text) pairs, ASCII text: font "F1" is Helvetica
    in WinAnsiEncoding, which maps; "F2" draws the same glyphs under the name uniFFFD and has
    no ToUnicode, so poppler can give them no Unicode but U+FFFD."""
    objs = [None, None]  # the catalog and the page tree, written last

    def add(body):
        objs.append(body)
        return len(objs)

    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 "
             b"/Widths [" + b"556 " * 95 + b"] /Encoding << /Type /Encoding /Differences [33 "
             + b"/uniFFFD " * 94 + b"] >> >>")
    kids = []
    for lines in pages:
        content = b"BT 14 TL 72 760 Td " + b" ".join(
            b"/%s 12 Tf (%s) Tj T*" % (font.encode(), text.encode()) for font, text in lines) + b" ET"
        c = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
                        b"/Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (f1, f2, c)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# Page 2's body is set in the font without a Unicode map, its page number in one with.
LOST_PAGES = [[("F1", "Page one reads well."), ("F1", "Its second line too.")],
              [("F2", "Hidden words here"), ("F2", "and more of them"), ("F1", "- 2 -")]]


BRIEF_TEXT = """북한 핵정책의 변화와 전망

김민성 연구위원

1. 서론

최근 북한은 핵무력 정책을 법제화하고 전술핵
운용 능력을 과시하였다. 이는 한반도 안보
환경을 크게 바꾸었다.

2024년 3월 8일 발표된 보고서는 이를
상세히 다루고 있다.

- 1 -
\f2. 전망

향후 북한은 추가 핵실험을 할 가능성이
있다.

- 2 -
\f"""

COLUMNS_TEXT = """두 단으로 된 쪽

왼쪽 단의 1번째 줄입니다
왼쪽 단의 2번째 줄입니다
왼쪽 단의 3번째 줄입니다
왼쪽 단의 4번째 줄입니다
왼쪽 단의 5번째 줄입니다

오른쪽 단의 1번째 줄입니다
오른쪽 단의 2번째 줄입니다
오른쪽 단의 3번째 줄입니다
오른쪽 단의 4번째 줄입니다
오른쪽 단의 5번째 줄입니다
\f"""


failures = 0


def check(what, got, want):
    global failures
    if got != want:
        failures += 1
        print(f"FAIL {what}\n--- want\n{want!r}\n--- got\n{got!r}", file=sys.stderr)
    else:
        print(f"ok   {what}")


def run(kbrief, *args):
    p = subprocess.run([kbrief, *args], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def main():
    kbrief = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        make_brief("brief.pdf")
        make_columns("columns.pdf")
        make_structure("structure.pdf")
        make_info("info.pdf")
        make_encrypted("locked.pdf")
        make_scanned("scanned.pdf")
        with open("brief.pdf", "rb") as f:
            data = f.read()
        with open("cut.pdf", "wb") as f:
            f.write(data[: len(data) // 2])
        # Recognised by the signature, not the name.
        with open("brief-pdf.txt", "wb") as f:
            f.write(data)
        with open("text.pdf", "w", encoding="utf-8") as f:
            f.write("이름만 PDF인 글\n")

        check("text brief.pdf", run(kbrief, "text", "brief.pdf"), (0, BRIEF_TEXT, ""))
        check("text columns.pdf", run(kbrief, "text", "columns.pdf"), (0, COLUMNS_TEXT, ""))
        check("text of a PDF named .txt", run(kbrief, "text", "brief-pdf.txt"), (0, BRIEF_TEXT, ""))
        check("a text file named .pdf is text", run(kbrief, "text", "text.pdf"),
              (0, "이름만 PDF인 글\n", ""))
        with open("brief.pdf", "rb") as f:
            p = subprocess.run([kbrief, "text", "-"], stdin=f, capture_output=True)
        check("text from standard input", (p.returncode, p.stdout.decode()), (0, BRIEF_TEXT))
        with open("list", "w") as f:
            f.write("columns.pdf\n")
        check("--files-from", run(kbrief, "text", "--files-from", "list"), (0, COLUMNS_TEXT, ""))
        os.mkdir("dir")
        os.rename("columns.pdf", "dir/columns.pdf")
        check("-r takes *.pdf", run(kbrief, "text", "-r", "dir"), (0, COLUMNS_TEXT, ""))
        os.rename("dir/columns.pdf", "columns.pdf")

        check_json(kbrief, len(data))
        make_boxes("boxes.pdf")
        check_boxes(kbrief)
        check_structure(kbrief)
        make_bands("bands.pdf")
        check_bands(kbrief)
        check_info(kbrief)
        check_bad_inputs(kbrief)
        check_unreadable(kbrief)
        check_threads(kbrief)
    print("all passed" if not failures else f"{failures} failed")
    return 1 if failures else 0


def check_threads(kbrief):
    """A PDF's pages read on one thread or several (each with a poppler document of its own,
    the pages added in their order) give the same output, byte for byte."""
    for name in ("brief.pdf", "columns.pdf", "structure.pdf", "boxes.pdf", "bands.pdf"):
        one = run(kbrief, "json", "-j", "1", name)
        check(f"{name} on one thread", one[0], 0)
        for threads in ("2", "3", "8"):
            check(f"{name} on {threads} threads as on one",
                  run(kbrief, "json", "-j", threads, name), one)
    # Two documents at once, each read on one thread, as on more threads.
    both = run(kbrief, "json", "-j", "2", "brief.pdf", "columns.pdf")
    check("two PDFs on two threads", both[0], 0)
    check("two PDFs on four threads as on two",
          run(kbrief, "json", "-j", "4", "brief.pdf", "columns.pdf"), both)


def check_json(kbrief, size):
    code, out, err = run(kbrief, "json", "brief.pdf")
    check("json brief.pdf exit", (code, err), (0, ""))
    doc = json.loads(out)
    check("json source", doc["source"], {
        "path": "brief.pdf", "format": "pdf", "encoding": "UTF-8", "bytes": size,
        "lines": BRIEF_TEXT.count("\n"), "pages": 2, "shape": "plain",
        "pdf_info": {"title": "브리프(김민성)_최종.hwp", "author": "KOM", "created": "2000-01-01",
                     "modified": "2000-01-01"}})
    # The junk Info changes nothing: no line spells its Title, "KOM" is no name. Its creation
    # date is the reference date (the brief prints no date of its own).
    check("junk Info is no metadata", (doc["metadata"]["title"], doc["metadata"]["authors"],
                                       doc["metadata"]["reference_date"]),
          ("북한 핵정책의 변화와 전망", [], {"value": "2000-01-01", "source": "pdf-created"}))
    # A PDF enters the text pipeline as the text `kbrief text` prints, its geometry further
    # evidence: the title is the first page's largest type (the text alone shows no title),
    # and the line under it (a name and a position, which no byline rule reads) is no heading
    # as its text alone would suggest, but the box set apart under the title.
    check("json title from the type", (doc["metadata"].get("title"), [
        d["rule"] for d in doc["diagnostics"] if d["rule"] == "title-missing"]),
        ("북한 핵정책의 변화와 전망", []))
    blocks = [(b["type"], b.get("text", "")) for b in doc["blocks"]]
    check("json blocks", blocks, [
        ("summary", "김민성 연구위원"),
        ("heading", "서론"),
        ("paragraph", "최근 북한은 핵무력 정책을 법제화하고 전술핵 운용 능력을 과시하였다. "
                      "이는 한반도 안보 환경을 크게 바꾸었다."),
        ("paragraph", "2024년 3월 8일 발표된 보고서는 이를 상세히 다루고 있다."),
        ("heading", "전망"),
        ("paragraph", "향후 북한은 추가 핵실험을 할 가능성이 있다."),
    ])
    p = subprocess.run([kbrief, "json", "-"], input=BRIEF_TEXT.encode(), capture_output=True)
    as_text = json.loads(p.stdout)
    # Only a PDF's elements have boxes; apart from them, the structure is the text's.
    elements = doc["blocks"] + doc["footnotes"] + doc["page_furniture"]
    check("every element of the PDF has boxes", [e["boxes"] != [] for e in elements],
          [True] * len(elements))
    check("text input has no boxes", [k for e in as_text["blocks"] + as_text["page_furniture"]
                                      for k in e if k in ("boxes", "box")], [])
    for e in elements:
        del e["boxes"]
    for d in doc["diagnostics"]:
        del d["box"]
    del doc["source"], as_text["source"]
    for d in as_text["diagnostics"]:
        d["file"] = "brief.pdf"
    # Beyond the title and the byline the blocks are the text's; all else but the metadata
    # (the title, and the title-missing the text reports) is the same.
    apart = ("김민성 연구위원", "북한 핵정책의 변화와 전망")
    want = [b["text"] for b in as_text["blocks"] if b["text"] not in apart]
    check("json blocks of the PDF are those of its text", [b["text"] for b in doc["blocks"]
                                                           if b["text"] not in apart], want)
    check("the text alone shows no title", (as_text["metadata"].get("title"), [
        d["rule"] for d in as_text["diagnostics"] if d["rule"] == "title-missing"]),
        (None, ["title-missing"]))
    for d in (doc, as_text):
        d["diagnostics"] = [x for x in d["diagnostics"] if x["rule"] != "title-missing"]
        d["metadata"].pop("title", None)
        d["metadata"].pop("reference_date")
        d["metadata"]["sources"] = [x for x in d["metadata"]["sources"] if x["field"] != "title"]
        del d["blocks"]
    check("json of the PDF is the json of its text", doc, as_text)
    code, out, err = run(kbrief, "markdown", "brief.pdf")
    check("markdown brief.pdf exit", (code, err), (0, ""))


def near(got, want, tolerance=1.0):
    """`want` when `got` has its shape and each of its numbers within `tolerance` points of
    want's, else `got` as it is (so that check() prints both)."""
    def same(g, w):
        if isinstance(w, dict):
            return isinstance(g, dict) and g.keys() == w.keys() and all(same(g[k], w[k]) for k in w)
        if isinstance(w, (list, tuple)):
            return isinstance(g, (list, tuple)) and len(g) == len(w) and all(map(same, g, w))
        if isinstance(w, float) or isinstance(g, float):
            return isinstance(g, (int, float)) and abs(g - w) <= tolerance
        return g == w
    return want if same(got, want) else got


def check_boxes(kbrief):
    code, out, err = run(kbrief, "json", "boxes.pdf")
    check("json boxes.pdf exit", (code, err), (0, ""))
    doc = json.loads(out)
    # Blocks: one box per page, the union of their lines' boxes there; p2 runs onto page 2.
    # (Line 0, the title, is metadata.)
    want = {"h1": [union(1)], "p1": [union(2, 3, 4)],
            "p2": [union(5), union(8)], "p3": [union(9)]}
    got = {b["id"]: b["boxes"] for b in doc["blocks"]}
    check("blocks' boxes, within 1 pt", near(got, want), want)
    want = {"fn1": [union(6)]}
    got = {f["id"]: f["boxes"] for f in doc["footnotes"]}
    check("footnotes' boxes, within 1 pt", near(got, want), want)
    want = [("page-number", [union(7)]), ("page-number", [union(10)])]
    got = [(f["kind"], f["boxes"]) for f in doc["page_furniture"]]
    check("furniture's boxes, within 1 pt", near(got, want), want)
    check("each diagnostic has its line's box",
          [("box" in d, d.get("box", {}).get("page")) for d in doc["diagnostics"]],
          [(True, 1 if d["line"] < 14 else 2) for d in doc["diagnostics"]])

    # check: the finding's page and its line's box, in every format that can say so.
    code, out, _ = run(kbrief, "check", "-q", "--format", "json", "boxes.pdf")
    findings = json.loads(out)
    want = [{"file": "boxes.pdf", "line": 15, "column": 5, "severity": "error",
             "rule": "date-invalid", "message": "'2023.4.31.': 2023.4.31 is not a date",
             "box": drawn_box(9)}]
    check("check --format json on a PDF", (code, near(findings, want)), (1, want))
    code, out, _ = run(kbrief, "check", "-q", "boxes.pdf")
    check("check on a PDF names the page", out.splitlines()[0],
          "boxes.pdf:15:5: error: '2023.4.31.': 2023.4.31 is not a date [date-invalid] (page 2)")
    code, out, _ = run(kbrief, "check", "-q", "--format", "sarif", "boxes.pdf")
    log = json.loads(out)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    want = {"startLine": 15, "startColumn": 5, "endColumn": 15,
            "properties": {"page": 2, "box": drawn_box(9)}}
    check("check --format sarif: page and box in the region's property bag", near(region, want),
          want)
    try:
        import jsonschema
    except ImportError:
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "data", "sarif-2.1.0-structure.schema.json"), encoding="utf-8") as f:
        jsonschema.validate(log, json.load(f))
    print("ok   the SARIF of a PDF is valid")
    with open(os.path.join(here, "..", "docs", "kbrief-1.schema.json"), encoding="utf-8") as f:
        jsonschema.Draft202012Validator(json.load(f)).validate(doc)
    print("ok   the JSON of a PDF, boxes and all, is valid against kbrief-1.schema.json")


def check_structure(kbrief):
    """The blocks and heading levels a PDF's geometry shows, where its text alone cannot."""
    code, out, err = run(kbrief, "json", "structure.pdf")
    check("json structure.pdf exit", (code, err), (0, ""))
    blocks = [(b["type"], b.get("level"), b.get("text", "")) for b in json.loads(out)["blocks"]]
    # The title is the page's largest type, taken into the metadata; the levels rank the sizes
    # of the headings (two lines or more each).
    check("json structure.pdf title", json.loads(out)["metadata"].get("title"), "국방 인력 정책의 과제")
    want = []
    for kind, *rest in STRUCTURE:
        if kind == "heading":
            want.append(("heading", 1 if rest[0] == 14 else 2, rest[1]))
        else:
            want.append(("paragraph", None, " ".join(rest[0])))
    check("json structure.pdf blocks", blocks, want)


def check_bands(kbrief):
    """Running headers and page numbers by their band on the page, footnotes by their type."""
    code, out, err = run(kbrief, "json", "bands.pdf")
    check("json bands.pdf exit", (code, err), (0, ""))
    doc = json.loads(out)
    check("bands.pdf blocks", [(b["type"], b["text"]) for b in doc["blocks"]], [
        ("paragraph", "병력 자원이 빠르게 줄어들어 군은 부대 구조를 바꾸어야 하는 과제를 안게 "
                      "되었다. 이에 따라 국방부는 복무 여건을 개선하는 방안을 마련하였다."),
        ("paragraph", "그러나 현장의 부대는 여전히 인력 부족을 겪고 있으며 숙련된 인원이 떠난다."),
        ("paragraph", "간부의 처우를 높이는 데에는 적지 않은 예산이 들며 효과는 늦게 나타난다."),
        ("paragraph", "따라서 단기 대책과 장기 대책을 나누어 보아야 하며 협력이 필요하다."),
        ("paragraph", "관계 부처가 참여하는 협의체를 만들어 정기적으로 점검하도록 한다."),
    ])
    check("bands.pdf footnotes", [(f["id"], f["text"]) for f in doc["footnotes"]], [
        ("fn1", "병역 자원은 해마다 줄고 있다. 그 속도는 점점 빨라진다."),
        ("fn2", "초급 간부의 지원율은 낮아졌다."),
        ("fn3", "부사관의 복무 기간도 짧아졌다."),
        ("fn4", "협의체의 구성은 따로 정한다."),
    ])
    ascent, descent = pdfmetrics.getAscentDescent("Nanum", 9)
    want = []
    for page, (header_line, number_line) in enumerate([(8, 14), (22, 28), (35, 41)], start=1):
        for kind, text, line, top in (("running-header", BANDS_HEADER, header_line, 40),
                                      ("page-number", str(page), number_line, 810)):
            box = {"page": page, "x0": 320.0, "y0": top - ascent,
                   "x1": 320 + pdfmetrics.stringWidth(text, "Nanum", 9), "y1": top - descent}
            want.append((kind, text, line, [box]))
    got = [(f["kind"], f["text"], f["line"], f["boxes"]) for f in doc["page_furniture"]]
    check("bands.pdf furniture and its boxes, within 1 pt", near(got, want), want)


def check_info(kbrief):
    """The Info dictionary as evidence: its Title confirms the lines that spell it, its Author
    the byline that prints the name."""
    code, out, err = run(kbrief, "json", "info.pdf")
    check("json info.pdf exit", (code, err), (0, ""))
    doc = json.loads(out)
    meta = doc["metadata"]
    check("info.pdf pdf_info", doc["source"]["pdf_info"],
          {"title": INFO_TITLE, "author": "김민성", "created": "2000-01-01", "modified": "2000-01-01"})
    check("info.pdf metadata", (meta["title"], meta["authors"], meta["issue"], meta["publication_date"]),
          (INFO_TITLE, [{"name": "김민성", "affiliation": "연구위원", "position": None, "email": None}],
           "제12호", None))
    check("info.pdf metadata sources", [(s["field"], s["text"]) for s in meta["sources"]],
          [("issue", "제12호 2024년 5월"), ("title", "한반도 정세 변화와"),
           ("title", "우리의 대응 방향"), ("author", "김민성 연구위원")])
    check("info.pdf reference date", meta["reference_date"], {"value": "2000-01-01", "source": "pdf-created"})
    check("info.pdf blocks", [(b["type"], b["text"]) for b in doc["blocks"]], [
        ("paragraph", "최근 한반도 정세는 빠르게 변하고 있으며 이에 따른 대응이 필요하다. "
                      "정부는 여러 방안을 검토하고 있다."),
        ("paragraph", "지난 3월 발표된 계획은 그 첫걸음이며 다음 단계의 계획도 곧 나온다.")])
    # The text alone, without the Info, shows neither.
    _, text, _ = run(kbrief, "text", "info.pdf")
    p = subprocess.run([kbrief, "json", "-"], input=text.encode(), capture_output=True)
    as_text = json.loads(p.stdout)["metadata"]
    check("info.pdf's text alone", (as_text["title"], as_text["authors"]), (None, []))


def check_bad_inputs(kbrief):
    want_errors = [
        "kbrief: error: locked.pdf: encrypted PDF: give its password with --password",
        "kbrief: error: scanned.pdf: PDF without a text layer (scanned pages?): make one with OCR "
        "first, e.g. 'ocrmypdf --language kor FILE.pdf OUT.pdf', then read OUT.pdf",
        "kbrief: error: cut.pdf: damaged PDF: it stops before its end marker %%EOF (a truncated "
        "download?)",
    ]
    for name, message in zip(["locked.pdf", "scanned.pdf", "cut.pdf"], want_errors):
        check(f"{name} refused", run(kbrief, "text", name), (3, "", message + "\n"))
    # A batch: the bad files are reported, the good one goes through, the exit code is 3.
    code, out, err = run(kbrief, "text", "locked.pdf", "columns.pdf", "scanned.pdf", "cut.pdf")
    check("batch with bad PDFs", (code, out, err), (3, COLUMNS_TEXT, "\n".join(want_errors) + "\n"))
    check("--password opens it", run(kbrief, "text", "--password", "secret", "locked.pdf"),
          (0, "암호로 잠긴 문서\n\f", ""))
    check("a wrong --password", run(kbrief, "text", "--password", "wrong", "locked.pdf"),
          (3, "", "kbrief: error: locked.pdf: encrypted PDF: the password given with --password "
                  "does not open it\n"))
    code, _, err = run(kbrief, "json", "locked.pdf")
    check("json refuses it too", (code, err), (3, want_errors[0] + "\n"))


def check_unreadable(kbrief):
    """A page whose fonts give no Unicode: a diagnostic naming it, reported by `check` with its
    page; a PDF with nothing readable: refused like one without a text layer."""
    with open("lost.pdf", "wb") as f:
        f.write(handmade_pdf(LOST_PAGES))
    with open("unreadable.pdf", "wb") as f:
        f.write(handmade_pdf([LOST_PAGES[1][:2]] * 2))
    message = ("page 2: 28 of its 31 characters (90%) could not be read: a font without a "
               "Unicode map left U+FFFD; restore the text from the PDF, or make a text layer "
               "with OCR")
    code, out, err = run(kbrief, "json", "lost.pdf")
    check("json of a PDF with an unreadable page exit", (code, err), (0, ""))
    got = [(d["line"], d["column"], d["severity"], d["message"], d["box"]["page"])
           for d in json.loads(out)["diagnostics"] if d["rule"] == "unreadable-page"]
    check("json names the unreadable page", got, [(3, 1, "warning", message, 2)])
    code, out, _ = run(kbrief, "check", "-q", "--format", "json", "lost.pdf")
    got = [(f["line"], f["column"], f["message"], f["box"]["page"])
           for f in json.loads(out) if f["rule"] == "unreadable-page"]
    check("check reports the unreadable page", (code, got), (0, [(3, 1, message, 2)]))
    code, out, _ = run(kbrief, "check", "-q", "lost.pdf")
    check("check in text names the page",
          [line for line in out.splitlines() if "[unreadable-page]" in line],
          [f"lost.pdf:3:1: warning: {message} [unreadable-page] (page 2)"])
    code, out, _ = run(kbrief, "check", "-q", "--format", "sarif", "lost.pdf")
    results = [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "unreadable-page"]
    check("check --format sarif reports the unreadable page with its page",
          [r["locations"][0]["physicalLocation"]["region"]["properties"]["page"] for r in results],
          [2])
    want = ("kbrief: error: unreadable.pdf: PDF whose fonts give no Unicode: its text reads as "
            "U+FFFD (fonts without a ToUnicode map): make a text layer with OCR first, e.g. "
            "'ocrmypdf --force-ocr --language kor FILE.pdf OUT.pdf', then read OUT.pdf\n")
    check("a PDF with no readable text is refused", run(kbrief, "json", "unreadable.pdf"),
          (3, "", want))


if __name__ == "__main__":
    sys.exit(main())
