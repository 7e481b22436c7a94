/** The built-in function-classification catalogue: printed names, renames and 类 lookup by name. */
import { builtInName } from "../../src/catalog/codeNames";
import { FUNCTION_CLASSES } from "../../src/catalog/functionClasses";
import { FUNCTION_NAME_DATA } from "../../src/catalog/functionNames";
import { nameCore } from "../../src/catalog/labelText";
import { functionClassByName, nameStatus } from "../../src/catalog/nameStatus";
import { FULIYUAN_T8_ROWS } from "../fixtures/catalog/fuliyuanEconomic";
import { SEED_PRINTED_ROWS } from "../fixtures/catalog/seedPrintedRows";

test("every function row the two seeds print carries its current catalogue name", () => {
  const off = SEED_PRINTED_ROWS.filter((r) => nameStatus("function", r.code, r.label).status !== "current");
  expect(off).toEqual([]);
  expect(SEED_PRINTED_ROWS.filter((r) => r.code.length > 3).length).toBeGreaterThan(40);
});

test("names compare after numbering, printed codes, spaces, brackets and the level suffix are set aside", () => {
  for (const printed of ["[2010301]行政运行", "201 03 01 行政运行", "　　行政运行", "（一）行政运行", "行政运行（项）", "1. 行 政 运 行"]) {
    expect(nameStatus("function", "2010301", printed)).toEqual({ status: "current", catalogName: "行政运行" });
  }
  expect(nameStatus("function", "20103", "政府办公厅(室)及相关机构事务")).toMatchObject({ status: "current" });
  expect(nameCore("十、卫生健康支出（类）")).toBe("卫生健康支出");
});

test("earlier names of renamed codes are historical, with the last year they were valid", () => {
  expect(nameStatus("function", "210", "医疗卫生与计划生育支出")).toEqual({ status: "historical", catalogName: "卫生健康支出", validUntil: 2018 });
  expect(nameStatus("function", "207", "文化体育与传媒支出")).toEqual({ status: "historical", catalogName: "文化旅游体育与传媒支出", validUntil: 2018 });
  expect(nameStatus("function", "220", "国土海洋气象等支出")).toEqual({ status: "historical", catalogName: "自然资源海洋气象等支出", validUntil: 2018 });
  expect(nameStatus("function", "215", "资源勘探信息等支出")).toEqual({ status: "historical", catalogName: "资源勘探工业信息等支出", validUntil: 2019 });
  expect(nameStatus("function", "20805", "行政事业单位离退休（款）")).toEqual({ status: "historical", catalogName: "行政事业单位养老支出", validUntil: 2019 });
});

test("a different name differs, a code outside the catalogue is unknown", () => {
  expect(nameStatus("function", "2010302", "一般行政管理")).toEqual({ status: "differs", catalogName: "一般行政管理事务" });
  expect(nameStatus("function", "2010303", "机关服务")).toEqual({ status: "unknown" });
  expect(nameStatus("economic", "30202", "咨询费")).toEqual({ status: "differs", catalogName: "印刷费" });
  expect(nameStatus("economic", "30201", "办公费")).toEqual({ status: "current", catalogName: "办公费" });
  expect(nameStatus("economic", "30210", "车辆运行费")).toEqual({ status: "unknown" });
});

test("普陀区社会福利院 2024 表8: its 13 non-standard economic pairs differ, 30210 is unknown, the rest current", () => {
  const by = (status: string) => FULIYUAN_T8_ROWS.filter(([, code, name]) => nameStatus("economic", code, name).status === status).map(([, code, name]) => `${code} ${name}`);
  expect(by("differs")).toEqual([
    "30108 机关事业单位基本养老保险费",
    "30202 咨询费",
    "30203 水费",
    "30204 电费",
    "30205 邮电费",
    "30206 办公设备购置费",
    "30207 工会经费",
    "30208 福利费",
    "30211 事业单位离退休人员福利费",
    "30212 机关事业单位退休人员活动费",
    "30213 其他商品和服务支出",
    "303 离退休人员经费",
    "30301 退休费",
  ]);
  expect(by("unknown")).toEqual(["30210 车辆运行费"]);
  expect(by("current")).toHaveLength(FULIYUAN_T8_ROWS.length - 14);
});

test("builtInName covers function 款 and 项", () => {
  expect(builtInName("function", "2080505")).toBe("机关事业单位基本养老保险缴费支出");
  expect(builtInName("function", "21011")).toBe("行政事业单位医疗");
  expect(builtInName("function", "210")).toBe("卫生健康支出");
});

test("functionClassByName finds a 类 by its current or earlier name as printed", () => {
  expect(functionClassByName("九、卫生健康支出")).toBe("210");
  expect(functionClassByName("九、医疗卫生与计划生育支出")).toBe("210");
  expect(functionClassByName("七、文化体育与传媒支出")).toBe("207");
  expect(functionClassByName("文化旅游体育与传媒支出")).toBe("207");
  expect(functionClassByName("十七、国土海洋气象等支出")).toBe("220");
  expect(functionClassByName("（十四）资源勘探信息等支出")).toBe("215");
  expect(functionClassByName("社会保障和就业")).toBe("208");
  expect(functionClassByName("卫 生 健 康 支 出（类）")).toBe("210");
  expect(functionClassByName("行政运行")).toBeUndefined();
});

test("the data are well formed: codes unique, each 项 under a listed 款 of a known 类, years in range", () => {
  const lines = FUNCTION_NAME_DATA.split("\n").map((l) => l.split("\t"));
  const codes = lines.map(([code]) => code);
  expect(new Set(codes).size).toBe(codes.length);
  const classes = new Set(FUNCTION_CLASSES.map((c) => c.code));
  for (const [code, name, former, sources] of lines) {
    expect([code, /^\d{5}$|^\d{7}$/.test(code), name.length > 0, sources.length > 0]).toEqual([code, true, true, true]);
    expect([code, classes.has(code.slice(0, 3))]).toEqual([code, true]);
    if (code.length === 7) expect([code, codes.includes(code.slice(0, 5))]).toEqual([code, true]);
    for (const item of former ? former.split(";") : []) expect(item).toMatch(/^[^@]+@20(1\d|2[0-6])$/);
  }
});
