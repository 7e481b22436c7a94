/**
 * The hostile workbooks of issue 10, built for the benchmark (never committed: the largest
 * inflates to 4.8 GB). Sizes in the zip's directory are honest unless the case says they lie,
 * so each is what an attacker would send: a small zip that really inflates to gigabytes.
 */
import { EXCEL_COLUMNS, MAX_CELLS } from "../src/hosts/xlsx/limits";
import { minimalXlsx, repeatedDeflated, sheetXml, WORKSHEET_END, WORKSHEET_START, zipBuffer } from "../test/fixtures/zipFiles";

export interface HostileFile {
  name: string;
  data: Buffer;
}

/** 1 MB of rows of ten numbers, without addresses (a reader numbers them in order). */
const ROWS_MB = "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c><c><v>6</v></c><c><v>7</v></c><c><v>8</v></c><c><v>9</v></c><c><v>10</v></c></row>".repeat(6000);

const sheetOf = (megabytes: number) => repeatedDeflated([[WORKSHEET_START, 1], [ROWS_MB, megabytes], [WORKSHEET_END, 1]]);

export function hostileFiles(): HostileFile[] {
  const twelve = (megabytes: number, declaredSize?: number) => {
    const xml = sheetOf(megabytes);
    return minimalXlsx(Array.from({ length: 12 }, (_, i) => ({ name: `表${i + 1}`, xml, declaredSize })));
  };
  const overCellLimit = Math.ceil(MAX_CELLS / 10 / 6000) + 1;
  return [
    { name: "merged range H1:XFD1048576", data: minimalXlsx([{ name: "表1", xml: sheetXml([["A1", "表1"], ["B2", 1]], ["H1:XFD1048576"]) }]) },
    { name: "a sheet inflating to 1.5 GB", data: minimalXlsx([{ name: "表1", xml: sheetOf(1500) }]) },
    { name: "12 sheets inflating to 400 MB each", data: twelve(400) },
    { name: "the same, declaring 1 MB each", data: twelve(400, 1024 * 1024) },
    { name: `${(overCellLimit * 6000 * 10).toLocaleString("en-US")} cells (limit ${MAX_CELLS.toLocaleString("en-US")})`, data: minimalXlsx([{ name: "表12", xml: sheetOf(overCellLimit) }]) },
    {
      name: `${(MAX_CELLS + 1000).toLocaleString("en-US")} shared strings`,
      data: minimalXlsx([{ name: "表1", xml: sheetXml([["A1", "表1"]]) }], [{ name: "xl/sharedStrings.xml", data: repeatedDeflated([["<sst>", 1], ["<si><t>预算</t></si>".repeat(1000), MAX_CELLS / 1000 + 1], ["</sst>", 1]]) }]),
    },
    { name: "one cell at column XFD per row", data: minimalXlsx([{ name: "表12", xml: sheetXml(Array.from({ length: Math.ceil(MAX_CELLS / EXCEL_COLUMNS) + 1 }, (_, i) => [`XFD${i + 1}`, i])) }]) },
    { name: "a zip that is not an xlsx", data: zipBuffer(Array.from({ length: 12 }, (_, i) => ({ name: `report${i + 1}.txt`, data: "预算说明".repeat(1000) }))) },
  ];
}
