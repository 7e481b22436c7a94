/** webpack bundles .css files as their text (asset/source), injected by the task pane. */
declare module "*.css" {
  const text: string;
  export default text;
}
