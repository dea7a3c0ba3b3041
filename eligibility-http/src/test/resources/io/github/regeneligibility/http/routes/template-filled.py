#!/usr/bin/env python3
"""Types the rows of template-filled.ndjson, as labels, into the template the service serves.

Usage:
  curl -s localhost:7070/v1/templates/applications.xlsx -H 'Accept-Language: zh' -o template.xlsx
  python3 template-filled.py template.xlsx typed.xlsx
  soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir out typed.xlsx
  cp out/typed.xlsx template-filled-by-libreoffice.xlsx

LibreOffice Calc opens the typed workbook and saves it as its own: shared strings, its styles, its
empty rows. Row 4 is left empty; TPL-003's years are typed as text.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

ROWS = [
    (2, ["TPL-001", "膝关节间充质干细胞疗法", "华东再生医学有限公司", "内资", "原研原创企业",
         "干细胞、组织工程", "干细胞", "药品（含细胞和基因治疗产品）", "已取得临床研究批件", 4]),
    (3, ["TPL-002", "细胞制备外包服务", "苏州细胞服务有限公司", "外资", "产业链服务企业",
         "免疫细胞", "免疫细胞", "", "", 0]),
    (5, ["TPL-003", "可降解骨修复支架", "江南生物材料有限公司", "中外合资", "创新产品生产企业",
         "生物材料、组织工程", "生物材料", "医疗器械", "临床前研究", "6"]),
    (6, ["TPL 004", "外泌体护肤品", "某化妆品公司", "内资", "原研原创企业",
         "非再生医学领域", "干细胞", "药品（含细胞和基因治疗产品）", "", 99]),
    (7, ["TPL-005", "基因载体生产服务", "上海载体配套有限公司", "内资", "上下游配套企业",
         "基因工程", "基因工程", "", "", 2]),
]


def row(number, cells):
    xml = []
    for column, value in zip("ABCDEFGHIJ", cells):
        reference = f"{column}{number}"
        if value == "":
            continue
        if isinstance(value, int):
            xml.append(f'<c r="{reference}"><v>{value}</v></c>')
        else:
            xml.append(f'<c r="{reference}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
    return f'<row r="{number}">' + "".join(xml) + "</row>"


def main(template, typed):
    rows = "".join(row(number, cells) for number, cells in ROWS)
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(typed, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.decode().replace("</row></sheetData>", "</row>" + rows + "</sheetData>", 1).encode()
            zout.writestr(item, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
