/** Removes the build that globalSetup made for the browser tests. */
import fs from "node:fs";
import { BUILD_DIR_ENV } from "./build";

export default function removeBuild(): void {
  const dir = process.env[BUILD_DIR_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
