// The bundled extension (dist/extension.js) loaded under Node with a stand-in for the VS Code
// API: it activates, registers its commands, and says clearly when the server program is
// missing. Also checks that the manifest and the files it names agree.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import Module, { createRequire } from "node:module";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const require = createRequire(import.meta.url);
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

/** A stand-in for the `vscode` module that records what the extension does with it. */
function fakeVscode(settings) {
  const record = { errors: [], commands: new Map(), executed: [] };
  const disposable = () => ({ dispose() {} });
  const api = {
    workspace: {
      workspaceFolders: undefined,
      getConfiguration: (section) => ({
        get: (key, fallback) => settings[`${section}.${key}`] ?? fallback,
      }),
      onDidChangeConfiguration: disposable,
    },
    window: {
      activeTextEditor: undefined,
      showErrorMessage: (message, ...items) => {
        record.errors.push({ message, items });
        return Promise.resolve(undefined);
      },
      showInformationMessage: () => Promise.resolve(undefined),
      createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
    },
    commands: {
      registerCommand: (name, handler) => {
        assert.ok(!record.commands.has(name), `${name} registered twice`);
        record.commands.set(name, handler);
        return { dispose: () => record.commands.delete(name) };
      },
      executeCommand: (...args) => {
        record.executed.push(args);
        return Promise.resolve(undefined);
      },
    },
  };
  // Whatever else the language client library touches while loading: inert classes.
  const stub = new Proxy(api, {
    get: (target, key) => (key in target ? target[key] : class {}),
  });
  return { stub, record };
}

function loadExtension(settings) {
  const { stub, record } = fakeVscode(settings);
  const bundle = path.join(root, "dist", "extension.js");
  delete require.cache[bundle];
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) {
    return request === "vscode" ? stub : originalLoad.call(this, request, ...rest);
  };
  try {
    return { extension: require(bundle), record };
  } finally {
    Module._load = originalLoad;
  }
}

function fakeContext() {
  return { subscriptions: [], extensionPath: root };
}

test("a missing server program is reported, with a way to the setting", async () => {
  const { extension, record } = loadExtension({ "lexpact.server.path": "/nonexistent/bin/lexpact" });
  const context = fakeContext();
  await extension.activate(context);
  assert.equal(record.errors.length, 1);
  assert.match(record.errors[0].message, /`\/nonexistent\/bin\/lexpact` was not found at/);
  assert.match(record.errors[0].message, /lexpact\.server\.path/);
  assert.deepEqual(record.errors[0].items, ["Open Settings"]);
  assert.ok(record.commands.has("lexpact.restartServer"));
  assert.ok(context.subscriptions.length >= 2, "the command and the settings listener are disposed with the extension");

  // Restarting tries again and says so again: the setting may have been fixed meanwhile.
  await record.commands.get("lexpact.restartServer")();
  assert.equal(record.errors.length, 2);
  await extension.deactivate();
});

test("a bare name is looked up on PATH", async () => {
  const saved = process.env.PATH;
  process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), "empty-path-"));
  try {
    const { extension, record } = loadExtension({});
    await extension.activate(fakeContext());
    assert.equal(record.errors.length, 1);
    assert.match(record.errors[0].message, /`lexpact` was not found on PATH/);
    await extension.deactivate();
  } finally {
    process.env.PATH = saved;
  }
});

test("the manifest names files that exist and agree with each other", () => {
  assert.equal(manifest.name, "lexpact");
  assert.equal(manifest.publisher, "lexpact");
  assert.ok(manifest.engines.vscode);
  assert.ok(manifest.activationEvents.includes("onLanguage:lexpact"));
  assert.ok(fs.existsSync(path.join(root, manifest.main)));

  const [language] = manifest.contributes.languages;
  assert.equal(language.id, "lexpact");
  assert.deepEqual(language.extensions, [".lex"]);
  const configuration = JSON.parse(fs.readFileSync(path.join(root, language.configuration), "utf8"));
  assert.equal(configuration.comments.lineComment, "#");
  for (const pattern of [configuration.wordPattern, ...Object.values(configuration.indentationRules)]) {
    new RegExp(pattern); // throws if VS Code could not compile it either
  }
  assert.ok(new RegExp(`^(?:${configuration.wordPattern})$`).test("jurisdiction.extraterritorial.exists"));
  assert.ok(new RegExp(`^(?:${configuration.wordPattern})$`).test("2013-12-31"));

  const [grammar] = manifest.contributes.grammars;
  assert.equal(grammar.language, "lexpact");
  const tmLanguage = JSON.parse(fs.readFileSync(path.join(root, grammar.path), "utf8"));
  assert.equal(tmLanguage.scopeName, grammar.scopeName);

  const settings = Object.keys(manifest.contributes.configuration.properties).sort();
  assert.deepEqual(settings, ["lexpact.profile", "lexpact.server.extraArgs", "lexpact.server.path", "lexpact.trace.server"]);
  assert.equal(manifest.contributes.configuration.properties["lexpact.server.path"].default, "lexpact");

  // Every command the extension code names is contributed, and the other way round.
  const source = fs.readFileSync(path.join(root, "src", "extension.ts"), "utf8");
  const named = [...new Set(source.match(/"lexpact\.[A-Za-z]+"/g).map((s) => s.slice(1, -1)))]
    .filter((name) => !name.startsWith("lexpact.server") && name !== "lexpact.profile")
    .sort();
  const contributed = manifest.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual(named, contributed);
});
