/**
 * The ribbon's function file. The only ribbon button opens the task pane (ShowTaskpane in
 * manifest.xml), so no command functions are registered; Office still needs the page loaded.
 */
Office.onReady(() => undefined);
