// A stand-in for `lexpact lsp` for the editor-snippet test: answers `initialize`, records the
// messages it gets (to the file named by LEXPACT_FAKE_LOG) and publishes one diagnostic per
// opened document, so a client's wiring can be checked without the real server.
import * as fs from "node:fs";

const log = process.env.LEXPACT_FAKE_LOG;
const record = (line) => log && fs.appendFileSync(log, `${line}\n`);
record(`argv ${JSON.stringify(process.argv.slice(2))}`);

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
  process.stdout.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
}

let buffer = Buffer.alloc(0);
process.stdin.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/content-length:\s*(\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    handle(message);
  }
});

function handle(message) {
  const { id, method, params } = message;
  if (method === "initialize") {
    record(`initialize ${JSON.stringify({ initializationOptions: params.initializationOptions, rootUri: params.rootUri })}`);
    send({ id, result: { capabilities: { textDocumentSync: 1 } } });
  } else if (method === "textDocument/didOpen") {
    record(`didOpen ${params.textDocument.uri} ${params.textDocument.languageId}`);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    send({
      method: "textDocument/publishDiagnostics",
      params: { uri: params.textDocument.uri, diagnostics: [{ range, severity: 1, message: "E0001 from the stand-in server" }] },
    });
  } else if (method === "shutdown") {
    send({ id, result: null });
  } else if (method === "exit") {
    process.exit(0);
  } else if (id !== undefined && method !== undefined) {
    send({ id, error: { code: -32601, message: `${method} is not handled by the stand-in` } });
  }
}
