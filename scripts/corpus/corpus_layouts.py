"""How the three Putuo PDFs lay out their nine tables: header grids (as printed, merged cells as
A1 ranges relative to the header), the labels that locate each column on the page, the pages of
each table, and what word boxes cannot show (printed empty rows; 表9's single line, read off the
page image)."""

CODE3 = ["code", "code", "code", "text"]
FUNCTION_HEAD = ["功能分类科目编码", "", "", "功能分类科目名称"]


def function_table(top, columns):
    """表2/3/5/6/7: 类 款 项 | 功能分类科目名称 | amount columns under one spanning label."""
    n = 4 + len(columns)
    last = chr(ord("A") + n - 1)
    return dict(
        kinds=CODE3 + ["amount"] * len(columns),
        columns=["类", "款", "项", "功能分类科目名称"] + [c.replace("\n", "") for c in columns],
        anchors=["类", "款", "项", "功能分类科目名称"] + [c.split("\n")[0] for c in columns],
        grid=[["项目", "", "", ""] + [top] + [""] * (len(columns) - 1),
              FUNCTION_HEAD + [c.replace("\n", "") for c in columns],
              ["类", "款", "项"] + [""] * (n - 3)],
        merges=["A1:D1", f"E1:{last}1", "A2:C2", "D2:D3"] + [f"{chr(ord('E') + i)}2:{chr(ord('E') + i)}3" for i in range(len(columns))],
    )


def economic_table(code_label, name_label):
    return dict(
        kinds=["code", "code", "text", "amount", "amount", "amount"],
        columns=["类", "款", "经济分类科目名称", "合计", "人员经费", "公用经费"],
        anchors=["类", "款", name_label, "合计", "人员经费", "公用经费"],
        grid=[["项目", "", "", "一般公共预算基本支出", "", ""],
              [code_label, "", name_label, "合计", "人员经费", "公用经费"],
              ["类", "款", "", "", "", ""]],
        merges=["A1:C1", "D1:F1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3"],
    )


def three_costs(year):
    return dict(
        kinds=["amount"] * 7,
        columns=["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费小计", "购置费", "运行费", "机关运行经费"],
        anchors=[],
        grid=[[f"{year}“三公”经费预算数", "", "", "", "", "", f"{year}机关运行经费预算数"],
              ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""],
              ["", "", "", "小计", "购置费", "运行费", ""]],
        merges=["A1:F1", "G1:G3", "A2:A3", "B2:B3", "C2:C3", "D2:F2"],
    )


HEADERS = {
    "部门财务收支": dict(
        kinds=["text", "amount", "text", "amount"], columns=["收入项目", "收入预算数", "支出项目", "支出预算数"], anchors=["项目", "预算数", "项目", "预算数"],
        grid=[["本年收入", "", "本年支出", ""], ["项目", "预算数", "项目", "预算数"]],
        merges=["A1:B1", "C1:D1"]),
    "单位财务收支": dict(
        kinds=["text", "amount", "text", "amount", "amount", "amount", "amount"],
        columns=["收入项目", "收入预算数", "支出项目", "合计", "人员经费", "公用经费", "项目支出"],
        anchors=["项目", "预算数", "项目", "合计", "人员经费", "公用经费", "项目支出"],
        grid=[["本年收入", "", "本年支出", "", "", "", ""],
              ["项目", "预算数", "项目", "预算数", "", "", ""],
              ["", "", "", "合计", "基本支出", "", "项目支出"],
              ["", "", "", "", "人员经费", "公用经费", ""]],
        merges=["A1:B1", "C1:G1", "A2:A4", "B2:B4", "C2:C4", "D2:G2", "D3:D4", "E3:F3", "G3:G4"]),
    "收入": function_table("收入预算", ["合计", "财政拨款收入", "事业收入", "事业单位\n经营收入", "其他收入"]),
    "支出": function_table("支出预算", ["合计", "基本支出", "项目支出"]),
    "财政拨款收支": dict(
        kinds=["text", "amount", "text", "amount", "amount", "amount", "amount"],
        columns=["收入项目", "收入预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        anchors=["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        grid=[["财政拨款收入", "", "财政拨款支出", "", "", "", ""],
              ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
        merges=["A1:B1", "C1:G1"]),
    "一般公共预算": function_table("一般公共预算支出", ["合计", "基本支出", "项目支出"]),
    "政府性基金": function_table("政府性基金预算支出", ["合计", "基本支出", "项目支出"]),
    "国有资本经营": function_table("国有资本经营预算支出", ["合计", "基本支出", "项目支出"]),
    "国有资本经营财政拨款": function_table("国有资本经营财政拨款预算支出", ["合计", "基本支出", "项目支出"]),
    "部门经济分类": economic_table("部门预算经济分类科目编码", "经济分类科目名称"),
    "单位经济分类": economic_table("经济分类科目编码", "部门经济分类科目名称"),
    "三公": three_costs(""),
    "三公2023": three_costs("2023年"),
    "三公2024": three_costs("2024年"),
}


def nine(prefix, year, pages, t1, t8, t9, t9_row, blanks, t7="国有资本经营"):
    """The nine tables of a Putuo 区级 document; `prefix` is 部门 or 预算单位."""
    titles = [
        ("财务收支预算总表", t1), ("收入预算总表", "收入"), ("支出预算总表", "支出"),
        ("财政拨款收支预算总表", "财政拨款收支"), ("一般公共预算支出功能分类预算表", "一般公共预算"),
        ("政府性基金预算支出功能分类预算表", "政府性基金"), ("国有资本经营预算支出功能分类预算表", t7),
        ("一般公共预算基本支出部门预算经济分类预算表", t8), ("“三公”经费和机关运行经费预算表", t9),
    ]
    tables = []
    for i, ((name, header), page_list) in enumerate(zip(titles, pages), start=1):
        sheet = prefix + name
        title = f"{year}年{sheet}"
        t = dict(number=i, title=title, sheet=sheet, header=header, pages=page_list)
        if i == 9:
            t.update(unit="单位:万元", rows=[t9_row])
            if prefix == "预算单位":
                t.update(title="单位" + name, sheet="单位" + name)
        if i in blanks:
            t["blankRowsBefore"] = blanks[i]
        tables.append(t)
    return tables


DOCUMENTS = {
    "putuo-czj-2025": dict(
        documentTitle="上海市普陀区2025年区级部门预算",
        preparer="编制部门：上海市普陀区财政局",
        tables=nine("部门", 2025, [[9], [10, 11], [12, 13], [14], [15, 16], [17], [18], [19, 20], [21]],
                    "部门财务收支", "部门经济分类", "三公", ["0.95", "", "0.95", "", "", "", "229.43"],
                    {1: {"收入总计": 6}, 4: {"收入总计": 3}, 6: {"合计": 12}, 7: {"合计": 12}})),
    "wanli-2023": dict(
        documentTitle="上海市普陀区2023年区级部门预算",
        preparer="编制部门：上海市普陀区人民政府万里街道办事处",
        tables=nine("部门", 2023, [[10], [11, 12, 13, 14], [15, 16, 17, 18], [19], [20, 21, 22, 23], [24], [25], [26, 27], [28]],
                    "部门财务收支", "部门经济分类", "三公2023", ["22.91", "0", "1.35", "21.56", "0", "21.56", "786.09"],
                    {1: {"收入总计": 5}, 4: {"收入总计": 5}, 6: {"合计": 12}, 7: {"合计": 12}}, t7="国有资本经营财政拨款")),
    "fuliyuan-2024": dict(
        documentTitle="上海市普陀区社会福利院2024年单位预算",
        preparer="编制单位：上海市普陀区社会福利院",
        tables=nine("预算单位", 2024, [[7], [8], [9], [10], [11], [12], [13], [14], [15]],
                    "单位财务收支", "单位经济分类", "三公2024", ["6.4", "0", "0", "6.4", "", "6.4", "0"],
                    {1: {"收入总计": 4}, 4: {"收入总计": 9}, 6: {"合计": 12}, 7: {"合计": 12}})),
}
