/**
 * Builds the add-in into dist/: taskpane.html, commands.html, help.html, assets/ and a
 * manifest.xml whose URLs point at ADDIN_ORIGIN (production) or https://localhost:3000 (dev).
 *   ADDIN_ORIGIN=https://addin.example.gov.cn npm run build
 *   OFFICE_JS_URL=<21Vianet CDN office.js> for Office operated by 21Vianet (see docs/addin.md)
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function addinOrigin(production, override) {
  const origin = (override || process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(origin)) throw new Error(`ADDIN_ORIGIN must be an https:// URL, not "${origin}"`);
  if (production && origin === DEV_ORIGIN) console.warn(`ADDIN_ORIGIN is not set: dist/manifest.xml points at ${DEV_ORIGIN}`);
  return origin;
}

/** The manifest with every dev-server URL moved to the deployment's origin. */
function rewriteManifest(content, origin) {
  return content.toString().split(DEV_ORIGIN).join(origin);
}

/** office-addin-dev-certs' trusted localhost certificate, else webpack's self-signed one. */
async function httpsOptions() {
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (e) {
    console.warn(`office-addin-dev-certs unavailable (${e.message}); using a self-signed certificate`);
    return {};
  }
}

/**
 * pdf.js's worker, character maps and standard fonts, served from the add-in's own origin beside
 * taskpane.html (src/hosts/pdf/browserText.ts reads them from pdfjs/). The legacy build, as the
 * pane imports it; the worker as .js, a type every web server knows. Already minified.
 */
const PDFJS = path.dirname(require.resolve("pdfjs-dist/package.json"));
const PDFJS_ASSETS = [
  { from: path.join(PDFJS, "legacy/build/pdf.worker.min.mjs"), to: "pdfjs/pdf.worker.min.js", info: { minimized: true } },
  { from: path.join(PDFJS, "cmaps"), to: "pdfjs/cmaps" },
  { from: path.join(PDFJS, "standard_fonts"), to: "pdfjs/standard_fonts" },
];

/** The scripts the pane loads at start stay under this; ExcelJS and the rest load on demand. */
const ENTRY_LIMIT = 400 * 1024;

module.exports = async (env = {}, argv) => {
  const production = argv.mode === "production";
  const origin = addinOrigin(production, env.addinOrigin);
  const officeJs = process.env.OFFICE_JS_URL || OFFICE_JS;
  const serving = process.argv.some((a) => a === "serve");
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        // ES modules here (the tests and the CLI use CommonJS) so that import() splits ExcelJS into its own chunk.
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020", moduleResolution: "bundler" } } } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: "warning", maxEntrypointSize: ENTRY_LIMIT, maxAssetSize: ENTRY_LIMIT, assetFilter: (name) => /^(taskpane|commands)\.js$/.test(name) },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], officeJs }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], officeJs }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, origin) },
          ...PDFJS_ASSETS,
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.ENTRY_LIMIT = ENTRY_LIMIT;
