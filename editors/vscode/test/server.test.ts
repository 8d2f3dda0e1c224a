// The server-locating and result-reading code of the extension, under Node (no VS Code).

import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { describeTestResult, findExecutable, missingServerMessage, runTestsArguments, serverCommand } from "../src/server";

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "lexpact-vscode-"));
}

function writeFile(file: string, mode: number): string {
  fs.writeFileSync(file, "#!/bin/sh\n");
  fs.chmodSync(file, mode);
  return file;
}

test("the server command is `lexpact lsp` by default", () => {
  assert.deepEqual(serverCommand(undefined, undefined), { command: "lexpact", args: ["lsp"] });
  assert.deepEqual(serverCommand("  ", []), { command: "lexpact", args: ["lsp"] });
});

test("the configured path and extra arguments follow `lsp`; non-strings are dropped", () => {
  assert.deepEqual(serverCommand(" /opt/bin/lexpact ", ["--library", "rio", 3, null]), {
    command: "/opt/bin/lexpact",
    args: ["lsp", "--library", "rio"],
  });
  assert.deepEqual(serverCommand("lexpact", "--library rio"), { command: "lexpact", args: ["lsp"] });
});

test("a bare name is found on PATH, in the first directory that has it", () => {
  const first = scratch();
  const second = scratch();
  const empty = scratch();
  writeFile(path.join(first, "lexpact"), 0o755);
  writeFile(path.join(second, "lexpact"), 0o755);
  const env = { PATH: [empty, first, second].join(":") };
  assert.equal(findExecutable("lexpact", env, "/", "linux"), path.join(first, "lexpact"));
});

test("a file that is not executable, or a directory, is not the server", () => {
  const dir = scratch();
  writeFile(path.join(dir, "lexpact"), 0o644);
  fs.mkdirSync(path.join(dir, "sub", "lexpact"), { recursive: true });
  assert.equal(findExecutable("lexpact", { PATH: `${dir}:${path.join(dir, "sub")}` }, "/", "linux"), undefined);
});

test("a missing program is reported as missing", () => {
  assert.equal(findExecutable("lexpact", { PATH: scratch() }, "/", "linux"), undefined);
  assert.equal(findExecutable("lexpact", {}, "/", "linux"), undefined);
  assert.equal(findExecutable("./no-such-lexpact", { PATH: "/bin" }, scratch(), "linux"), undefined);
});

test("a path with a separator is taken relative to the working directory, not looked up", () => {
  const dir = scratch();
  const program = writeFile(path.join(dir, "lexpact"), 0o755);
  assert.equal(findExecutable("./lexpact", { PATH: "" }, dir, "linux"), program);
  assert.equal(findExecutable(program, { PATH: "" }, "/", "linux"), program);
});

test("the missing-server message names the program and the setting", () => {
  const bare = missingServerMessage("lexpact");
  assert.match(bare, /`lexpact` was not found on PATH/);
  assert.match(bare, /lexpact\.server\.path/);
  assert.match(missingServerMessage("/opt/lexpact"), /not found at \/opt\/lexpact/);
});

test("runTests without arguments runs the active file's tests", () => {
  assert.deepEqual(runTestsArguments([], "file:///rules/c1_test.lex"), ["file:///rules/c1_test.lex"]);
  assert.deepEqual(runTestsArguments(["file:///a.lex"], "file:///b.lex"), ["file:///a.lex"]);
  assert.deepEqual(runTestsArguments([], undefined), []);
});

test("a test result is shown as the server words it, or as counts", () => {
  assert.equal(describeTestResult("258 passed, 0 failed\n"), "258 passed, 0 failed");
  assert.equal(describeTestResult({ passed: 3, failed: 1, failures: [] }), "3 passed, 1 failed");
  assert.equal(describeTestResult({ message: "no tests in this file" }), "no tests in this file");
  assert.equal(describeTestResult(null), undefined);
  assert.equal(describeTestResult(""), undefined);
  assert.equal(describeTestResult({ passed: "3" }), undefined);
});
