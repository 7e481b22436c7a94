#!/usr/bin/env python3
"""Draft a transcription of a Putuo budget PDF's nine tables from pdftotext -bbox word boxes.

Run once per document (needs poppler's pdftotext; the tests never run it):
    python3 scripts/corpus/transcribe_pdf.py putuo-czj-2025 /path/to/putuo-czj-2025.pdf
It writes test/corpus/<doc>/transcription.json. Columns are found from the header labels: each
label is centred in its cell, so with the table's left edge b0 the cell edges follow as
b[i] = 2 * centre[i] - b[i-1]. Amounts are right-aligned (placed by their right edge), codes sit
under 类/款/项 (nearest centre), names are left-aligned (nearest left edge). Header grids and what
word boxes cannot show (printed empty rows, 表9's one line) are declared in corpus_layouts.py; the
script stops when a page prints a header word its grid lacks. The result was then compared with
the page images by hand (see test/corpus/README.md).
"""
import re
import subprocess
import sys

from compact_json import dumps
from corpus_layouts import DOCUMENTS, HEADERS

WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')
AMOUNT = re.compile(r"^-?[\d,]+(\.\d+)?$")


def pages_of(pdf):
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page in html.split("<page ")[1:]:
        words = [dict(x0=float(a), y0=float(b), x1=float(c), y1=float(d), t=t) for a, b, c, d, t in WORD.findall(page)]
        out.append(words)
    return out


def rows_of(words):
    """Words grouped into printed rows, top to bottom: a baseline within 10 pt of the previous
    line's is the same row (a name wrapped inside its cell), a new row otherwise."""
    rows = []
    for w in sorted(words, key=lambda w: (w["y1"], w["x0"])):
        if rows and w["y1"] - rows[-1][-1]["y1"] < 10:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def edges(words, anchors, left):
    """Cell edges from the anchor labels' centres (each label centred in its cell), and the
    header's bottom. Labels are looked up above the first amount (合计 is also a body row; an
    empty table has no amount, and its 合计 row lies below the header's last line)."""
    amounts = [w["y1"] for w in words if AMOUNT.match(w["t"])]
    labels = [w["y1"] for w in words if w["t"] in anchors]
    cutoff = min(amounts) - 2 if amounts else max(labels) - 4
    seen = {}
    centres, bottoms = [], []
    for label in anchors:
        n = seen.get(label, 0)
        seen[label] = n + 1
        hits = [w for w in words if w["t"] == label and w["y1"] < cutoff]
        if not hits:
            raise LookupError(f"header label {label!r} not found")
        hits.sort(key=lambda w: w["x0"])
        centres.append((hits[n]["x0"] + hits[n]["x1"]) / 2)
        bottoms.append(hits[n]["y1"])
    b = [left]
    for c in centres:
        b.append(2 * c - b[-1])
    return b, centres, max(bottoms)


def column(w, b, centres, kinds):
    """The leaf column of one word: amounts are right-aligned (nearest right edge), codes sit
    under 类/款/项 (nearest centre), names are left-aligned (nearest left edge)."""
    name_left = min((b[i] for i, k in enumerate(kinds) if k == "text"), default=b[-1])
    if w["t"].isdigit() and w["x0"] < name_left and "code" in kinds:
        kind, dist = "code", lambda i: abs(centres[i] - (w["x0"] + w["x1"]) / 2)
    elif AMOUNT.match(w["t"]):
        kind, dist = "amount", lambda i: abs(b[i + 1] - w["x1"])
    else:
        kind, dist = "text", lambda i: abs(b[i] - w["x0"]) if w["x0"] >= b[i] - 8 else 1e9
    return min((i for i, k in enumerate(kinds) if k == kind), key=dist)


def place(row, b, centres, kinds):
    """One printed row as cells: words on one line are joined by a space, a wrapped cell's lines
    are joined as they read (Chinese text wraps without a space)."""
    cells = [[] for _ in kinds]
    for w in sorted(row, key=lambda w: (w["y1"], w["x0"])):
        cells[column(w, b, centres, kinds)].append(w)
    return ["".join((" " if i and abs(ws[i - 1]["y1"] - w["y1"]) < 2 else "") + w["t"] for i, w in enumerate(ws)) for ws in cells]


def table(pages, spec):
    kinds = HEADERS[spec["header"]]["kinds"]
    anchors = HEADERS[spec["header"]]["anchors"]
    rows, notes = [], []
    # Continuation pages may repeat the header (then their own edges are used) or not (then the
    # previous page's are); they never repeat the 编制 line, so the first page gives the left edge.
    left = next(w["x0"] for w in pages[spec["pages"][0] - 1] if w["t"].startswith("编制"))
    for p in spec["pages"]:
        words = pages[p - 1]
        try:
            b, centres, header_bottom = edges(words, anchors, left)
        except LookupError:
            header_bottom = 0
        for row in rows_of([w for w in words if w["y0"] > header_bottom]):
            text = "".join(w["t"] for w in row)
            if text.startswith("注"):
                notes.append(text)
                continue
            rows.append(place(row, b, centres, kinds))
    return rows, notes


def header_check(pages, spec):
    """The header words printed on the table's first page that the declared grid lacks, and the
    grid's labels the page does not print (both empty when the grid is as printed)."""
    words = pages[spec["pages"][0] - 1]
    anchors = HEADERS[spec["header"]]["anchors"]
    if anchors:
        left = next(w["x0"] for w in words if w["t"].startswith("编制"))
        bottom = edges(words, anchors, left)[2]
    else:
        bottom = min(w["y0"] for w in words if AMOUNT.match(w["t"]))
    printed = [w["t"] for w in words if w["y1"] <= bottom + 1 and not w["t"].startswith(("编制", "单位")) and w["t"] != spec["title"]]
    grid = [c for row in HEADERS[spec["header"]]["grid"] for c in row if c]
    return [w for w in printed if not any(w in c for c in grid)], [c for c in dict.fromkeys(grid) if c not in "".join(printed)]


def main():
    doc, pdf = sys.argv[1], sys.argv[2]
    spec = DOCUMENTS[doc]
    pages = pages_of(pdf)
    tables = []
    for t in spec["tables"]:
        header = HEADERS[t["header"]]
        extra, missing = header_check(pages, t)
        if extra or missing:
            raise SystemExit(f"表{t['number']}: header printed {extra}, declared but not printed {missing}")
        if "rows" in t:
            rows, notes = t["rows"], t.get("notes", [])
        else:
            rows, notes = table(pages, t)
        for at, count in t.get("blankRowsBefore", {}).items():
            i = next(i for i, r in enumerate(rows) if at in r)
            rows[i:i] = [[""] * len(header["kinds"]) for _ in range(count)]
        tables.append(dict(number=t["number"], title=t["title"], sheet=t["sheet"], preparer=spec["preparer"],
                           unit=t.get("unit", "单位：元"), pages=t["pages"], header=header["grid"],
                           merges=header["merges"], kinds=header["kinds"], columns=header["columns"], rows=rows, notes=notes))
    out = dict(document=doc, title=spec["documentTitle"], tables=tables)
    with open(f"test/corpus/{doc}/transcription.json", "w", encoding="utf-8") as f:
        f.write(dumps(out))


if __name__ == "__main__":
    main()
