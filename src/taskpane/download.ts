/**
 * Files handed to the user from the task pane: a Blob behind an <a download> link. Excel on
 * the web (a browser) and Excel on Windows (WebView2) save it; Excel on Mac and iPad
 * (WKWebView) ignore such links without an error (OfficeDev/office-js #2700, #3385), so there
 * the pane writes into the workbook instead (see docs/data.md).
 */
export interface OutFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

/** Office.context.diagnostics.platform values whose webview does not download. */
const NO_DOWNLOAD = new Set(["Mac", "iOS"]);

export function canDownload(platform: string | undefined): boolean {
  return !NO_DOWNLOAD.has(platform ?? "");
}

export function download(file: OutFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoke it later so a slow start still finds it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
