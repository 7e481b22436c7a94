#!/usr/bin/env python3
"""Independent truth for the corpus documents (no dependency, shares no code with the validator).

    python3 scripts/corpus/check_truth.py            # check every document against its truth.json
    python3 scripts/corpus/check_truth.py --write    # (re)write each truth.json from the checks

It reads test/corpus/<doc>/transcription.json (the tables as printed) and
  - re-adds every parent row against its children (合计 = Σ类, 类 = Σ款, 款 = Σ项), every total
    column against its parts, 收入总计 = 支出总计, and the cross-table identities of the Putuo
    区级 layout (the analogues of the 市级 list in src/packs/shanghaiRules.ts);
  - checks codes (类 three digits, 款/项 two), duplicated codes, function 类 names and economic
    code/name pairs against the catalogues in catalogues.py.
Every printed figure stands for an interval: its value ± half its last printed digit (a blank
cell is an exact 0). An identity holds exactly, holds within rounding (a "rounding tail", with
its size and the tolerance that explains it), or fails (an arithmetic error: both sides and the
difference). Exit status 1 when the computed truth differs from the committed truth.json.
"""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from compact_json import dumps
from catalogues import ECONOMIC, FUNCTION_CLASSES, FUNCTION_CLASS_OLD_NAMES

CORPUS = Path(__file__).resolve().parents[2] / "test" / "corpus"
DOCUMENTS = ["putuo-czj-2025", "wanli-2023", "fuliyuan-2024"]
ZERO = Decimal(0)

# Whether every unit is 行政 or 参公 (so 表9 机关运行经费 = 表8 公用经费), as each document's
# 机构设置 section says.
UNITS = {
    "putuo-czj-2025": (True, "本部门中，行政单位1家，事业单位0家"),
    "wanli-2023": (False, "本部门中，行政单位 1 家，参公单位1家，事业单位 4 家"),
    "fuliyuan-2024": (False, "上海市普陀区社会福利院 (a 事业单位; 表9 prints 机关运行经费 0)"),
}


class Figure:
    """A printed amount as an interval in 元."""

    def __init__(self, text, scale, place):
        self.text, self.place = text, place
        digits = text.replace(",", "")
        if not digits:
            self.value, self.half = ZERO, ZERO
        else:
            self.value = Decimal(digits) * scale
            exponent = Decimal(digits).as_tuple().exponent
            self.half = Decimal(5).scaleb(exponent - 1) * scale


ABSENT = Figure("", 1, None)  # a row a table does not print: its figures are 0


class Checker:
    def __init__(self, doc):
        self.doc = doc
        self.tables = {t["number"]: t for t in json.loads((CORPUS / doc / "transcription.json").read_text("utf-8"))["tables"]}
        self.defects, self.tails, self.checked = [], [], []

    # ---- reading the transcription -------------------------------------------------------
    def fig(self, table, row, column):
        t = self.tables[table]
        if row is None:
            return ABSENT
        scale = Decimal(10000) if "万元" in t["unit"] else Decimal(1)
        return Figure(t["rows"][row][t["columns"].index(column)], scale, (table, row, column))

    def row_place(self, table, row, column=None):
        """A row as printed: its index in the transcription, its code cells and its name (表1/表4:
        the 项目 on the side of `column`)."""
        t = self.tables[table]
        cells = dict(zip(t["columns"], t["rows"][row]))
        code = [cells[c] for c in ("类", "款", "项") if c in cells]
        side = "收入项目" if column and column.startswith("收入") else "支出项目"
        name = cells.get(side) or next((cells[c] for c in t["columns"] if c.endswith("名称")), "")
        return {"row": row, "code": code, "name": name}

    def place_of(self, f):
        table, row, column = f.place
        return {"table": table, **self.row_place(table, row, column), "column": column}

    # ---- identities --------------------------------------------------------------------------
    def identity(self, rule, total, parts):
        diff = total.value - sum((p.value for p in parts), ZERO)
        tolerance = total.half + sum((p.half for p in parts), ZERO)
        self.checked.append(rule)
        if diff == 0:
            return
        entry = {"rule": rule, **self.place_of(total), "printed": total.text,
                 "parts": [p.text or "（空）" for p in parts], "difference": str(diff), "tolerance": str(tolerance)}
        if abs(diff) <= tolerance:
            self.tails.append(entry)
        else:
            self.defects.append({"kind": "arithmetic", "severity": "error", **entry})

    def columns_sum(self, table, rows, total, parts, rule):
        for r in rows:
            self.identity(rule, self.fig(table, r, total), [self.fig(table, r, p) for p in parts])

    # ---- code tables (表2 3 5 6 7 8) ------------------------------------------------------------
    def code_rows(self, table):
        """(level, code tuple, row) for each body row; the 合计 row is returned apart."""
        t = self.tables[table]
        ncode = sum(1 for k in t["kinds"] if k == "code")
        rows, total = [], None
        for i, r in enumerate(t["rows"]):
            code = tuple(r[:ncode])
            if not any(code):
                if "合计" in r:
                    total = i
                continue
            level = max(j for j, c in enumerate(code) if c)
            rows.append((level, code, i))
        return rows, total

    def hierarchy(self, table, amounts, kind):
        rows, total = self.code_rows(table)
        widths = (3, 2, 2)
        seen = {}
        parents = []  # stack of (level, row, code)
        children = {}
        for level, code, i in rows:
            malformed = [j for j, c in enumerate(code[: level + 1]) if not re.fullmatch(r"\d{%d}" % widths[j], c)]
            for j in malformed:
                self.defects.append({"kind": "code.malformed", "severity": "error", "table": table,
                                     **self.row_place(table, i), "detail": f"{'类款项'[j]} printed as {code[j]!r}"})
            if code in seen:  # one finding; the row is counted once in its parent's sum
                self.defects.append({"kind": "row.duplicate", "severity": "error", "table": table,
                                     **self.row_place(table, i), "detail": f"same code as row {seen[code]}"})
                continue
            seen[code] = i
            while parents and parents[-1][0] >= level:
                parents.pop()
            parent = parents[-1][1] if parents else total
            if parents and not malformed and code[:level] != parents[-1][2][:level]:
                self.defects.append({"kind": "code.parent", "severity": "error", "table": table, **self.row_place(table, i),
                                     "detail": f"printed under row {parent}"})
            children.setdefault(parent, []).append(i)
            parents.append((level, i, code))
            self.check_name(table, kind, level, code, i)
        for parent, kids in children.items():
            if parent is None:
                continue
            for col in amounts:
                self.identity(f"T{table}.hierarchy", self.fig(table, parent, col), [self.fig(table, k, col) for k in kids])
        return rows, total

    def check_name(self, table, kind, level, code, i):
        name = self.row_place(table, i)["name"]
        if kind == "function" and level == 0:
            self.class_name(table, i, code[0], name)
        if kind == "economic":
            key = "".join(code[: level + 1])
            standard = ECONOMIC.get(key)
            if standard != name:
                self.defects.append({"kind": "economic.nonstandard", "severity": "warning", "table": table,
                                     **self.row_place(table, i), "detail": f"standard {key}: {standard or '（无此科目）'}"})

    def class_name(self, table, i, code, name):
        if FUNCTION_CLASSES.get(code) == name:
            return
        kind = "name.old" if FUNCTION_CLASS_OLD_NAMES.get(code) == name else "name.unknown"
        self.defects.append({"kind": kind, "severity": "warning", "table": table, **self.row_place(table, i, "支出项目"),
                             "detail": f"类 {code} is named {FUNCTION_CLASSES.get(code)} since 2019"})

    # ---- the nine tables ---------------------------------------------------------------------------
    def run(self):
        t1, t4 = self.tables[1], self.tables[4]
        amounts = lambda n: [c for c, k in zip(self.tables[n]["columns"], self.tables[n]["kinds"]) if k == "amount"]
        fn = {}
        for n in (2, 3, 5, 6, 7):
            rows, total = self.hierarchy(n, amounts(n), "function")
            cols = amounts(n)
            self.columns_sum(n, [i for _, _, i in rows] + [total], cols[0], cols[1:], f"T{n}.columns")
            fn[n] = ({code[0]: i for level, code, i in rows if level == 0}, {"".join(c): i for _, c, i in rows}, total)
        rows8, total8 = self.hierarchy(8, amounts(8), "economic")
        self.columns_sum(8, [i for _, _, i in rows8] + [total8], "合计", ["人员经费", "公用经费"], "T8.columns")
        self.table1(t1, fn)
        self.table4(t4, fn)
        self.table9()
        self.cross(fn, rows8, total8)

    def labelled(self, table, side):
        """表1/表4 rows by their label without numbering and 资金 (一、… 1. … 1、…)."""
        col = "收入项目" if side == "income" else "支出项目"
        t = self.tables[table]
        out = {}
        for i, r in enumerate(t["rows"]):
            label = r[t["columns"].index(col)]
            if label:
                out[re.sub(r"资金$", "", re.sub(r"^([一二三四五六七八九十]+、|\d+[.、．]\s*)", "", label))] = i
        return out

    def classes_of(self, table):
        """表1/表4 expenditure rows that name a function 类, with the 类's code (old names too)."""
        out = {}
        by_name = {v: k for k, v in FUNCTION_CLASSES.items()}
        by_old = {v: k for k, v in FUNCTION_CLASS_OLD_NAMES.items()}
        for name, i in self.labelled(table, "expenditure").items():
            if name == "支出总计":
                continue
            code = by_name.get(name) or by_old.get(name)
            if code is None:
                self.defects.append({"kind": "name.unknown", "severity": "warning", "table": table, **self.row_place(table, i, "支出项目")})
                continue
            self.class_name(table, i, code, name)
            out[code] = i
        return out

    def table1(self, t1, fn):
        inc = self.labelled(1, "income")
        self.identity("T1.totals", self.fig(1, inc["财政拨款收入"], "收入预算数"),
                      [self.fig(1, inc[k], "收入预算数") for k in ("一般公共预算", "政府性基金", "国有资本经营预算")])
        self.identity("T1.totals", self.fig(1, inc["收入总计"], "收入预算数"),
                      [self.fig(1, inc[k], "收入预算数") for k in ("财政拨款收入", "事业收入", "事业单位经营收入", "其他收入")])
        exp = self.labelled(1, "expenditure")
        classes = self.classes_of(1)
        cols = [c for c, k in zip(t1["columns"], t1["kinds"]) if k == "amount" and c != "收入预算数"]
        for c in cols:
            self.identity("T1.totals", self.fig(1, exp["支出总计"], c), [self.fig(1, i, c) for i in classes.values()])
        self.identity("T1.balance", self.fig(1, inc["收入总计"], "收入预算数"), [self.fig(1, exp["支出总计"], cols[0])])
        if len(cols) > 1:  # the 单位 layout: 合计 = 人员经费 + 公用经费 + 项目支出
            self.columns_sum(1, list(classes.values()) + [exp["支出总计"]], cols[0], cols[1:], "T1.columns")
        classes3, _, total3 = fn[3]
        for code in sorted(set(classes) | set(classes3)):
            self.identity("X.T1-T3.class", self.fig(1, classes.get(code), cols[0]), [self.fig(3, classes3.get(code), "合计")])
            if len(cols) > 1:
                self.identity("X.T1-T3.class", self.fig(3, classes3.get(code), "基本支出"),
                              [self.fig(1, classes.get(code), "人员经费"), self.fig(1, classes.get(code), "公用经费")])
                self.identity("X.T1-T3.class", self.fig(3, classes3.get(code), "项目支出"), [self.fig(1, classes.get(code), "项目支出")])
        self.identity("X.T1-T3.expenditure", self.fig(1, exp["支出总计"], cols[0]), [self.fig(3, total3, "合计")])
        if len(cols) > 1:
            self.identity("X.T1-T3.kinds", self.fig(3, total3, "基本支出"),
                          [self.fig(1, exp["支出总计"], "人员经费"), self.fig(1, exp["支出总计"], "公用经费")])
            self.identity("X.T1-T3.kinds", self.fig(3, total3, "项目支出"), [self.fig(1, exp["支出总计"], "项目支出")])
        total2 = fn[2][2]
        self.identity("X.T1-T2.income", self.fig(1, inc["收入总计"], "收入预算数"), [self.fig(2, total2, "合计")])
        for item in ("财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"):
            self.identity("X.T1-T2.sources", self.fig(1, inc[item], "收入预算数"), [self.fig(2, total2, item)])
        inc4 = self.labelled(4, "income")
        for item in ("一般公共预算", "政府性基金", "国有资本经营预算"):
            self.identity("X.T1-T4.funds", self.fig(1, inc[item], "收入预算数"), [self.fig(4, inc4[item], "收入预算数")])

    def table4(self, t4, fn):
        inc, exp = self.labelled(4, "income"), self.labelled(4, "expenditure")
        funds = [("一般公共预算", "一般公共预算", 5), ("政府性基金", "政府性基金预算", 6), ("国有资本经营预算", "国有资本经营预算", 7)]
        self.identity("T4.totals", self.fig(4, inc["收入总计"], "收入预算数"), [self.fig(4, inc[k], "收入预算数") for k, _, _ in funds])
        classes = self.classes_of(4)
        for c in ["合计"] + [col for _, col, _ in funds]:
            self.identity("T4.totals", self.fig(4, exp["支出总计"], c), [self.fig(4, i, c) for i in classes.values()])
        self.columns_sum(4, list(classes.values()) + [exp["支出总计"]], "合计", [col for _, col, _ in funds], "T4.columns")
        self.identity("T4.balance", self.fig(4, inc["收入总计"], "收入预算数"), [self.fig(4, exp["支出总计"], "合计")])
        for item, col, n in funds:
            classes_n, _, total_n = fn[n]
            self.identity("X.T4-T5T6T7.fund", self.fig(4, inc[item], "收入预算数"), [self.fig(n, total_n, "合计")])
            for code in sorted(set(classes) | set(classes_n)):
                self.identity("X.T4-T5T6T7.class", self.fig(4, classes.get(code), col), [self.fig(n, classes_n.get(code), "合计")])

    def table9(self):
        f = lambda c: self.fig(9, 0, c)
        self.identity("T9.columns", f("合计"), [f("因公出国(境)费"), f("公务接待费"), f("公务用车购置及运行费小计")])
        self.identity("T9.columns", f("公务用车购置及运行费小计"), [f("购置费"), f("运行费")])

    def cross(self, fn, rows8, total8):
        _, codes5, total5 = fn[5]
        self.identity("X.T5-T8.basic", self.fig(8, total8, "合计"), [self.fig(5, total5, "基本支出")])
        economic = {"".join(c): i for _, c, i in rows8}
        for function, econ in (("2080505", "30108"), ("2080506", "30109"), ("2210201", "30113")):
            if function in codes5 or econ in economic:
                self.identity(f"X.pair.{function}-{econ}", self.fig(5, codes5.get(function), "基本支出"), [self.fig(8, economic.get(econ), "合计")])
        # 表9 机关运行经费 = 表8 公用经费 only when every unit is 行政 or 参公: the document says which.
        if self.all_administrative():
            self.identity("X.T9-T8.runningCosts", self.fig(9, 0, "机关运行经费"), [self.fig(8, total8, "公用经费")])

    def not_applicable(self):
        out = []
        if len(self.tables[1]["columns"]) == 4:
            reason = "表1 prints the expenditure side with a single 预算数 column (区级部门 layout)"
            out += [{"rule": "T1.columns", "reason": reason}, {"rule": "X.T1-T3.kinds", "reason": reason}]
        if not self.all_administrative():
            out.append({"rule": "X.T9-T8.runningCosts", "reason": "表9 机关运行经费 equals 表8 公用经费 only when every "
                        "unit is 行政 or 参公; 机构设置: " + UNITS[self.doc][1]})
        return out

    def all_administrative(self):
        return UNITS[self.doc][0]

    def truth(self, layout):
        return {
            "document": self.doc,
            "layout": layout,
            "defects": self.defects,
            "roundingTails": self.tails,
            "identitiesChecked": {rule: self.checked.count(rule) for rule in sorted(set(self.checked))},
            "notApplicable": self.not_applicable(),
            "statement": "Every other identity listed in scripts/corpus/check_truth.py holds exactly as printed; every other "
                         "code is well formed, no row is duplicated, every other function 类 name and economic code/name "
                         "pair is the standard one.",
        }


def layout_of(doc):
    data = json.loads((CORPUS / doc / "transcription.json").read_text("utf-8"))
    kind = "区级单位" if data["tables"][0]["preparer"].startswith("编制单位") else "区级部门"
    return {"kind": kind, "tables": [{"number": t["number"], "title": t["title"], "sheet": t["sheet"]} for t in data["tables"]]}


def main():
    write = "--write" in sys.argv
    status = 0
    for doc in DOCUMENTS:
        c = Checker(doc)
        c.run()
        computed = c.truth(layout_of(doc))
        path = CORPUS / doc / "truth.json"
        text = dumps(computed)
        if write:
            path.write_text(text, "utf-8")
        elif not path.exists() or json.loads(path.read_text("utf-8")) != computed:
            print(f"{doc}: truth.json differs from the checks", file=sys.stderr)
            status = 1
        print(f"{doc}: {len(c.checked)} identities checked, {len(c.defects)} defects, {len(c.tails)} rounding tails")
        for d in c.defects + c.tails:
            print("  ", json.dumps(d, ensure_ascii=False))
    sys.exit(status)


if __name__ == "__main__":
    main()
