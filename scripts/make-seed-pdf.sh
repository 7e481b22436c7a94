#!/bin/sh
# Remakes test/fixtures/pdf/guangzhou-seed.pdf: the workbook `npm run demo` writes (the Guangzhou
# seed layout, 表1–表12 from examples/guangzhou-2024.json) printed to PDF by LibreOffice, as an
# officer would print it. Needs LibreOffice (`libreoffice` on the PATH); run from the repository root.
set -e
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npm run build:cli --silent
node bin/budget-tables.js demo -o "$dir/guangzhou-seed.xlsx"
libreoffice --headless --convert-to pdf --outdir "$dir" "$dir/guangzhou-seed.xlsx"
cp "$dir/guangzhou-seed.pdf" test/fixtures/pdf/guangzhou-seed.pdf
echo "written test/fixtures/pdf/guangzhou-seed.pdf ($(libreoffice --version | head -1))"
