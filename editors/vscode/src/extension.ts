// The Lexpact extension: starts `lexpact lsp` over stdio and hands `.lex` files to it.
// Highlighting and the language configuration are declarative (package.json) and work without
// the server.

import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { describeTestResult, findExecutable, missingServerMessage, runTestsArguments, serverCommand } from "./server";

const RUN_TESTS = "lexpact.runTests";

let client: LanguageClient | undefined;
// Commands this extension registered itself for the running client (those the server does not
// advertise); disposed with it.
let clientCommands: vscode.Disposable[] = [];
let output: vscode.LogOutputChannel | undefined;
let traceOutput: vscode.LogOutputChannel | undefined;

function workspaceCwd(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

function activeLexpactUri(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === "lexpact" ? document.uri.toString() : undefined;
}

function showTestResult(result: unknown): void {
  const summary = describeTestResult(result);
  if (summary !== undefined) {
    void vscode.window.showInformationMessage(`Lexpact tests: ${summary}`);
  }
}

/**
 * What the server is told at start: the profile whose verdicts become inlay hints, under the
 * setting's own name (`lexpact.profile`, as workspace/didChangeConfiguration sends it later)
 * and, for servers that read it flat, as `profile`.
 */
function initializationOptions(): Record<string, unknown> {
  const profile = vscode.workspace.getConfiguration("lexpact").get<string>("profile", "");
  return { lexpact: { profile }, profile };
}

async function startClient(): Promise<void> {
  const config = vscode.workspace.getConfiguration("lexpact");
  const { command, args } = serverCommand(config.get<string>("server.path"), config.get<unknown>("server.extraArgs"));
  const cwd = workspaceCwd();
  if (findExecutable(command, process.env, cwd ?? process.cwd()) === undefined) {
    const openSettings = "Open Settings";
    void vscode.window.showErrorMessage(missingServerMessage(command), openSettings).then((choice) => {
      if (choice === openSettings) {
        void vscode.commands.executeCommand("workbench.action.openSettings", "lexpact.server.path");
      }
    });
    return;
  }

  output ??= vscode.window.createOutputChannel("Lexpact Language Server", { log: true });
  traceOutput ??= vscode.window.createOutputChannel("Lexpact Language Server Trace", { log: true });
  const serverOptions: ServerOptions = {
    command,
    args,
    transport: TransportKind.stdio,
    options: cwd === undefined ? {} : { cwd },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "lexpact" },
      { scheme: "untitled", language: "lexpact" },
    ],
    initializationOptions: initializationOptions(),
    // `lexpact.profile` changes are sent as workspace/didChangeConfiguration.
    synchronize: { configurationSection: "lexpact" },
    outputChannel: output,
    traceOutputChannel: traceOutput,
    middleware: {
      // A code lens passes the file; the command palette passes nothing, so the active file is
      // meant.
      executeCommand: async (name, commandArgs, next) => {
        if (name !== RUN_TESTS) {
          return next(name, commandArgs);
        }
        const result: unknown = await next(name, runTestsArguments(commandArgs, activeLexpactUri()));
        showTestResult(result);
        return result;
      },
    },
  };

  const next = new LanguageClient("lexpact", "Lexpact Language Server", serverOptions, clientOptions);
  client = next;
  try {
    await next.start();
  } catch (error) {
    client = undefined;
    void vscode.window.showErrorMessage(`Lexpact: the language server (${command} ${args.join(" ")}) failed to start: ${String(error)}`);
    return;
  }

  // The client registers the commands the server advertises (executeCommandProvider); a
  // command the server does not advertise still gets a handler, so the palette entry answers
  // rather than fails as unknown.
  const advertised = next.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!advertised.includes(RUN_TESTS)) {
    clientCommands.push(
      vscode.commands.registerCommand(RUN_TESTS, async (...commandArgs: unknown[]) => {
        const result: unknown = await next.sendRequest(ExecuteCommandRequest.type, {
          command: RUN_TESTS,
          arguments: runTestsArguments(commandArgs, activeLexpactUri()),
        });
        showTestResult(result);
        return result;
      }),
    );
  }
}

async function stopClient(): Promise<void> {
  for (const disposable of clientCommands) {
    disposable.dispose();
  }
  clientCommands = [];
  const running = client;
  client = undefined;
  if (running !== undefined) {
    await running.stop().catch(() => undefined);
  }
}

async function restartClient(): Promise<void> {
  await stopClient();
  await startClient();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    { dispose: () => void stopClient() },
    vscode.commands.registerCommand("lexpact.restartServer", () => restartClient()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The program and its arguments are fixed when it starts; changing them restarts it.
      if (event.affectsConfiguration("lexpact.server")) {
        void restartClient();
      }
    }),
  );
  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
