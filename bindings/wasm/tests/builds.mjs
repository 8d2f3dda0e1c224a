// The two builds of the package under test: `node` (CommonJS, what `require("lexpact")` and
// Node's `import` resolve to) and `web` (the ES module browsers and bundlers get, initialised
// here from the bytes of its .wasm).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = fileURLToPath(new URL("../pkg/", import.meta.url));
const require = createRequire(import.meta.url);

/** The package as Node resolves it through package.json `exports`. */
export const node = require(pkg);

const webModule = await import(new URL("../pkg/web/lexpact.js", import.meta.url));
webModule.initSync({ module: readFileSync(new URL("../pkg/web/lexpact_bg.wasm", import.meta.url)) });
export const web = webModule;

export const builds = { node, web };

/** The repository root. */
export const root = fileURLToPath(new URL("../../../", import.meta.url));
