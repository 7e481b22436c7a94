#!/usr/bin/env node
// Entry point of the budget-tables command; the TypeScript sources compile to dist-cli/ (npm run build:cli).
"use strict";
require("../dist-cli/src/cli/main.js").runCli(process.argv.slice(2));
