// Bundles the extension and its one runtime dependency into dist/extension.js, so that the
// .vsix needs no node_modules (`vsce package --no-dependencies`).
import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  outfile: "dist/extension.js",
  // VS Code provides `vscode` to the extension host.
  external: ["vscode"],
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  sourcemap: false,
  logLevel: "warning",
});
