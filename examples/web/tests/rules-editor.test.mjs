// The rules editor on the language service, driven as a user would (keyboard and mouse):
// a misspelt fact path (the squiggle, the did-you-mean in the lint tooltip, its fix), a
// completion accepted with the keyboard, a hover's description, go to definition across
// files (F12 and Ctrl-click), formatting (button and Shift-Alt-F), and the editor reached,
// used and left with the keyboard only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startPlayground, artefacts, rulesCursor, rulesCoords } from "./harness.mjs";

const C1 = "rio/c1.lex";
const PATH = "jurisdiction.extraterritorial.covers_all_sec_offences";
let playground, page;

before(async () => {
  playground = await startPlayground();
  page = await playground.open();
});
after(() => playground?.close());

const doc = () => page.evaluate(() => window.__playground.rulesView.state.doc.toString());
const selected = () => page.evaluate(() => {
  const view = window.__playground.rulesView;
  const { from, to } = view.state.selection.main;
  return view.state.sliceDoc(from, to);
});

async function openTab(file) {
  await page.click(`#tabs [data-file="${file}"]`);
  assert.equal(await page.getAttribute("#tabs [aria-selected=true]", "data-file"), file);
}

test("the rules are highlighted by the TextMate grammar's scopes", async () => {
  await openTab(C1);
  const colours = await page.$$eval("#rules-editor .cm-content span", (spans) => Object.fromEntries(
    spans.map((s) => [s.textContent, getComputedStyle(s).color])));
  assert.equal(colours.obligation, "rgb(122, 31, 162)"); // a keyword
  assert.equal(colours.ratify_crc, "rgb(0, 95, 135)"); // the name it declares
  assert.equal(colours.title, "rgb(122, 31, 162)");
  assert.match(Object.keys(colours).find((k) => k.startsWith('"Ratification')) ?? "", /^"/);
  assert.equal(colours[Object.keys(colours).find((k) => k.startsWith('"Ratification'))], "rgb(163, 21, 21)"); // a string
});

test("a misspelt fact path is underlined, with the did-you-mean and its fix in the tooltip", async () => {
  await openTab(C1);
  const original = await doc();
  const at = original.indexOf(PATH) + "jurisdiction.extraterritorial.covers_all_sec_".length;
  // Typed: "offences" loses an "f".
  await rulesCursor(page, at + 1);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Escape"); // the completion list the edit may open
  const squiggle = await page.waitForSelector("#rules-editor .cm-lintRange-error");
  assert.equal(await squiggle.textContent(), "covers_all_sec_ffences");
  // The list under the editor says where.
  const item = await page.waitForSelector("#diagnostics li[data-code=E0201]");
  assert.match(await item.textContent(), /rio\/c1\.lex:\d+:\d+/);
  assert.match(await page.getAttribute("#tabs [data-file='rio/c1.lex']", "class"), /has-error/);
  // The lint tooltip, on hovering the squiggle: message, help, fix.
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = await page.waitForSelector(".cm-tooltip-lint");
  const text = await tooltip.textContent();
  assert.match(text, /E0201/);
  assert.match(text, /has no field `covers_all_sec_ffences`/);
  assert.match(text, /help: did you mean `jurisdiction\.extraterritorial\.covers_all_sec_offences`\?/);
  await page.screenshot({ path: join(artefacts, "playground-typo.png") });
  // The report waits for the rules to compile.
  assert.match(await page.textContent("#report-message"), /Fix the rules/);
  await tooltip.$eval("button.cm-diagnosticAction", (b) => b.click());
  await page.waitForSelector("#rules-editor .cm-lintRange-error", { state: "detached" });
  assert.equal(await doc(), original);
  await page.waitForSelector("#report-panel li.lx-row");
  await page.mouse.move(0, 0);
});

test("a completion is accepted with the keyboard", async () => {
  await openTab(C1);
  const original = await doc();
  const at = original.indexOf(PATH) + "jurisdiction.".length;
  // Replace the segment after `jurisdiction.` by typing its start.
  await page.evaluate(({ at, len }) => {
    const view = window.__playground.rulesView;
    view.dispatch({ changes: { from: at, to: at + len, insert: "" }, selection: { anchor: at } });
    view.focus();
  }, { at, len: "extraterritorial".length });
  await page.keyboard.type("extrat");
  const list = await page.waitForSelector(".cm-tooltip-autocomplete li[aria-selected=true]");
  assert.equal(await list.$eval(".cm-completionLabel", (l) => l.textContent), "extraterritorial");
  // CodeMirror ignores a key in the first 75 ms of a list (against accidental acceptance).
  await page.waitForTimeout(100);
  await page.keyboard.press("Enter");
  await page.waitForSelector(".cm-tooltip-autocomplete", { state: "detached" });
  assert.equal(await doc(), original);
});

test("hovering a fact path shows the schema's description", async () => {
  await openTab(C1);
  const at = (await doc()).indexOf(PATH) + "jurisdiction.ext".length;
  const point = await rulesCoords(page, at);
  await page.mouse.move(point.x, point.y);
  const hover = await page.waitForSelector(".cm-tooltip-hover .md");
  const text = await hover.textContent();
  assert.match(text, /jurisdiction\.extraterritorial/);
  assert.match(text, /Jurisdiction over offences committed abroad\./);
  // Markdown rendered as elements: the path is a code span, never raw markup.
  assert.ok(await hover.$("strong code, code"));
  assert.equal(await hover.$("script"), null);
  await page.mouse.move(5, 5);
  await page.waitForSelector(".cm-tooltip-hover", { state: "detached" });
});

test("a hover's markdown is rendered as text: markup in the rules stays text", async () => {
  await openTab(C1);
  const original = await doc();
  const line = 'define shown = state.name == "<img src=x onerror=alert(1)> *not* `code`"\n';
  await page.evaluate((line) => {
    const view = window.__playground.rulesView;
    view.dispatch({ changes: { from: 0, insert: line } });
  }, line);
  const point = await rulesCoords(page, "define sh".length);
  await page.mouse.move(point.x, point.y);
  const hover = await page.waitForSelector(".cm-tooltip-hover .md pre code");
  assert.equal(await hover.textContent(), line.trim());
  assert.equal(await page.$(".cm-tooltip-hover img"), null);
  assert.equal(await page.$(".cm-tooltip-hover em"), null);
  await page.mouse.move(5, 5);
  await page.waitForSelector(".cm-tooltip-hover", { state: "detached" });
  await page.evaluate((length) => {
    const view = window.__playground.rulesView;
    view.dispatch({ changes: { from: 0, to: length } });
  }, line.length);
  assert.equal(await doc(), original);
});

test("go to definition across files, with F12 and with Ctrl-click", async () => {
  await openTab(C1);
  const at = (await doc()).indexOf("ratified(") + 2;
  await rulesCursor(page, at);
  await page.keyboard.press("F12");
  await page.waitForSelector("#tabs [data-file='rio/rio.lex'][aria-selected=true]");
  assert.equal(await selected(), "ratified");
  assert.match(await page.textContent("#announce"), /Definition in rio\/rio\.lex/);
  // Back in c2.lex, Ctrl-click a use of another definition.
  await openTab("rio/c2.lex");
  const use = (await doc()).indexOf("covers_all_children(") + 3;
  const point = await rulesCoords(page, use);
  await page.keyboard.down("Control");
  await page.mouse.click(point.x, point.y);
  await page.keyboard.up("Control");
  await page.waitForSelector("#tabs [data-file='rio/rio.lex'][aria-selected=true]");
  assert.equal(await selected(), "covers_all_children");
});

test("format on demand: the button and Shift-Alt-F", async () => {
  await openTab(C1);
  // The library's text as the page has it is not canonical (its comments are left out).
  await page.click("#format");
  await page.waitForFunction(() => /rio\/c1\.lex/.test(document.querySelector("#announce").textContent));
  const original = await doc();
  const at = original.indexOf("obligation ratify_crc {") + "obligation".length;
  await rulesCursor(page, at);
  await page.keyboard.type("   ");
  await page.keyboard.press("Escape");
  assert.notEqual(await doc(), original);
  await page.click("#format");
  await page.waitForFunction((original) => window.__playground.rulesView.state.doc.toString() === original, original);
  assert.match(await page.textContent("#announce"), /Formatted rio\/c1\.lex/);
  await rulesCursor(page, at);
  await page.keyboard.type("  ");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Alt+F");
  await page.waitForFunction((original) => window.__playground.rulesView.state.doc.toString() === original, original);
});

test("keyboard only: reach the editor, edit, complete, leave it", async () => {
  await page.evaluate(() => document.activeElement?.blur());
  await page.focus("#share");
  // Tab through the page's controls to the rule file tabs, then the editor.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.closest?.("#tabs") !== null);
  }
  assert.ok(reached, "the tabs are reachable with Tab");
  // Arrow keys move between tabs (one tab stop for the list).
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.file), "rio/d.lex");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.file), "rio/c1.lex");
  await page.keyboard.press("Tab"); // Format
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("cm-content")), "the editor is focused");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Rule file rio/c1.lex");
  // Edit at the start of the file: a comment line, then a completion of a clause word.
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("# mine\n");
  const before = await doc();
  assert.ok(before.startsWith("# mine\n"), before.slice(0, 40));
  await page.keyboard.type("obligation mine { req");
  await page.keyboard.press("Control+Space");
  await page.waitForSelector(".cm-tooltip-autocomplete");
  const labels = await page.$$eval(".cm-tooltip-autocomplete .cm-completionLabel", (l) => l.map((x) => x.textContent));
  assert.ok(labels.includes("require"), labels.join(", "));
  while ((await page.textContent(".cm-tooltip-autocomplete li[aria-selected=true] .cm-completionLabel")) !== "require") {
    await page.keyboard.press("ArrowDown");
  }
  await page.waitForTimeout(100);
  await page.keyboard.press("Enter");
  assert.ok((await doc()).startsWith("# mine\nobligation mine { require"));
  // Tab is not captured: it moves on (Escape first closes what is open).
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.closest(".cm-editor")), null);
  // Shift-Tab comes back; undo restores the file.
  await page.keyboard.press("Shift+Tab");
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("cm-content")));
  for (let i = 0; i < 10 && (await doc()) !== before.slice("# mine\n".length); i++) await page.keyboard.press("Control+z");
  assert.ok(!(await doc()).includes("mine"));
});

test("no error in the page, no request beyond its origin", () => {
  assert.deepEqual(playground.errors, []);
  assert.deepEqual(playground.foreign, []);
});
