#!/usr/bin/env node
// Entry point of the budget-tables command; the TypeScript sources compile to dist-cli/ (npm run build:cli).
"use strict";
const { main } = require("../dist-cli/src/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`budget-tables: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
