// Where the `lexpact` program is, decided without VS Code so that it can be tested under Node.

import * as fs from "node:fs";
import * as path from "node:path";

export interface ServerCommand {
  command: string;
  args: string[];
}

/** The command line of the server: `<path> lsp <extra args...>`. */
export function serverCommand(configuredPath: string | undefined, extraArgs: unknown): ServerCommand {
  const command = configuredPath && configuredPath.trim() !== "" ? configuredPath.trim() : "lexpact";
  const extra = Array.isArray(extraArgs) ? extraArgs.filter((a): a is string => typeof a === "string") : [];
  return { command, args: ["lsp", ...extra] };
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a command would run, or undefined when there is none: a path with a separator is
 * taken as it is (relative to `cwd`), a bare name is looked up on PATH (with PATHEXT on
 * Windows). Checked before the client starts, because a spawn failure surfaces only as a
 * generic "couldn't start client" error.
 */
export function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const extensions =
    platform === "win32" ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").filter((e) => e !== "")] : [""];
  const candidates = (base: string) => extensions.map((ext) => base + ext);
  if (command.includes("/") || (platform === "win32" && command.includes("\\"))) {
    return candidates(path.resolve(cwd, command)).find(isExecutableFile);
  }
  const dirs = (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : ":").filter((d) => d !== "");
  for (const dir of dirs) {
    const found = candidates(path.join(dir, command)).find(isExecutableFile);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** The message shown when the program cannot be found. */
export function missingServerMessage(command: string): string {
  const where = command.includes("/") || command.includes("\\") ? `at ${command}` : `on PATH`;
  return (
    `Lexpact: the language server program \`${command}\` was not found ${where}. ` +
    "Install it (`cargo install --path .` in the Lexpact repository) or set `lexpact.server.path` " +
    "to the `lexpact` program; highlighting works without it."
  );
}

/** The file whose tests a `lexpact.runTests` call without arguments should run. */
export function runTestsArguments(args: unknown[], activeUri: string | undefined): unknown[] {
  if (args.length > 0 || activeUri === undefined) {
    return args;
  }
  return [activeUri];
}

/** A one-line summary of what `lexpact.runTests` returned, if it is one the client can show. */
export function describeTestResult(result: unknown): string | undefined {
  if (typeof result === "string" && result.trim() !== "") {
    return result.trim();
  }
  if (result !== null && typeof result === "object") {
    const record = result as Record<string, unknown>;
    if (typeof record.passed === "number" && typeof record.failed === "number") {
      return `${record.passed} passed, ${record.failed} failed`;
    }
    if (typeof record.message === "string") {
      return record.message;
    }
  }
  return undefined;
}
