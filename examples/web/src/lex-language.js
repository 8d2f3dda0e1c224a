// Highlighting of `.lex` files: a CodeMirror stream language that runs the TextMate grammar of
// the VS Code extension (editors/vscode/syntaxes/lexpact.tmLanguage.json), so that the two
// editors cannot drift apart. It understands the subset of TextMate that grammar uses: match
// rules with (nested) captures, begin/end regions over several lines, includes from the
// repository. Scopes are mapped to highlight tags by the longest matching prefix.
import { StreamLanguage } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

/** Scope prefix → token name; the token names are mapped to tags by `TOKEN_TAGS`. Punctuation
 * that delimits a comment or a string takes the style of what it delimits (no entry). */
const SCOPES = [
  ["comment", "comment"],
  ["keyword.other.directive", "directive"],
  ["string", "string"],
  ["constant.character.escape", "escape"],
  ["constant.numeric.date", "date"],
  ["constant.numeric", "number"],
  ["constant.language.boolean", "bool"],
  ["constant.language.null", "null"],
  ["constant.language", "atom"],
  ["constant.other", "label"],
  ["keyword.operator.comparison", "compare"],
  ["keyword.operator.arithmetic", "arithmetic"],
  ["keyword.operator.assignment", "assign"],
  ["keyword.operator", "operatorKeyword"],
  ["keyword.other.declaration", "moduleKeyword"],
  ["keyword", "keyword"],
  ["storage.type", "definitionKeyword"],
  ["entity.name.function.definition", "functionDefinition"],
  ["entity.name.function", "function"],
  ["entity.name.type", "typeDefinition"],
  ["entity.name.section", "heading"],
  ["variable.parameter", "parameter"],
  ["variable.other.property", "property"],
  ["support.type.property-name", "property"],
  ["variable", "variable"],
  ["invalid", "invalid"],
  ["punctuation.section.parens", "paren"],
  ["punctuation.section.parameters", "paren"],
  ["punctuation.section.brackets", "bracket"],
  ["punctuation.section.array", "bracket"],
  ["punctuation.section", "brace"],
  ["punctuation.separator", "separator"],
  ["punctuation.accessor", "punctuation"],
].sort((a, b) => b[0].length - a[0].length);

export const TOKEN_TAGS = {
  comment: t.lineComment,
  directive: t.processingInstruction,
  string: t.string,
  escape: t.escape,
  date: t.special(t.number),
  number: t.number,
  bool: t.bool,
  null: t.null,
  atom: t.atom,
  label: t.labelName,
  compare: t.compareOperator,
  arithmetic: t.arithmeticOperator,
  assign: t.definitionOperator,
  operatorKeyword: t.operatorKeyword,
  moduleKeyword: t.moduleKeyword,
  keyword: t.keyword,
  definitionKeyword: t.definitionKeyword,
  functionDefinition: t.definition(t.function(t.variableName)),
  function: t.function(t.variableName),
  typeDefinition: t.definition(t.typeName),
  heading: t.heading,
  parameter: t.local(t.variableName),
  property: t.propertyName,
  variable: t.variableName,
  invalid: t.invalid,
  paren: t.paren,
  bracket: t.squareBracket,
  brace: t.brace,
  separator: t.separator,
  punctuation: t.punctuation,
};

/** The token name of one scope (a TextMate `name`, possibly several space-separated), or null. */
function tokenOf(scope) {
  if (!scope) return null;
  // Of several scopes in one name, the first that maps wins (the grammar lists the main one first).
  for (const one of scope.split(/\s+/)) {
    const hit = SCOPES.find(([prefix]) => one === prefix || one.startsWith(prefix + "."));
    if (hit) return hit[1];
  }
  return null;
}

/** Oniguruma → JavaScript: `\x{HHHH}` is the only construct the grammar uses that JS spells
 * differently; the rest (lookbehind, `\b`, `\w`, anchors on one line) mean the same. */
function regex(source, flags) {
  const js = source.replace(/\\x\{([0-9A-Fa-f]{1,4})\}/g, (_, hex) => `\\u${hex.padStart(4, "0")}`);
  return new RegExp(js, flags);
}

/** Compiles a grammar (the parsed JSON) into rules the tokenizer runs. */
export function compileGrammar(grammar) {
  const repository = new Map();
  const compileCaptures = (captures) => {
    if (!captures) return null;
    const out = [];
    for (const [group, capture] of Object.entries(captures)) {
      out.push({ group: Number(group), token: tokenOf(capture.name), patterns: capture.patterns ? lazyList(capture.patterns) : null });
    }
    return out;
  };
  // A list of patterns, its includes resolved on first use (the repository is recursive).
  const lazyList = (patterns) => {
    let resolved = null;
    return () => (resolved ??= patterns.flatMap(resolve));
  };
  const compileRule = (raw) => {
    if (raw.match !== undefined) {
      return { kind: "match", re: regex(raw.match, "dy"), search: regex(raw.match, "dg"), token: tokenOf(raw.name), captures: compileCaptures(raw.captures) };
    }
    if (raw.begin !== undefined) {
      return {
        kind: "region",
        beginSearch: regex(raw.begin, "dg"),
        end: regex(raw.end, "dy"),
        endSearch: regex(raw.end, "dg"),
        token: tokenOf(raw.name) ?? tokenOf(raw.contentName),
        beginCaptures: compileCaptures(raw.beginCaptures ?? raw.captures),
        endCaptures: compileCaptures(raw.endCaptures ?? raw.captures),
        patterns: lazyList(raw.patterns ?? []),
      };
    }
    return null;
  };
  function resolve(raw) {
    if (raw.include) {
      const name = raw.include.replace(/^#/, "");
      if (!repository.has(name)) {
        const entry = grammar.repository?.[name];
        if (!entry) throw new Error(`the grammar includes #${name}, which it does not define`);
        repository.set(name, []); // a cycle through includes resolves to nothing rather than looping
        repository.set(name, entry.patterns && entry.match === undefined && entry.begin === undefined
          ? entry.patterns.flatMap(resolve)
          : [compileRule(entry)].filter(Boolean));
      }
      return repository.get(name);
    }
    if (raw.patterns && raw.match === undefined && raw.begin === undefined) return raw.patterns.flatMap(resolve);
    const rule = compileRule(raw);
    return rule ? [rule] : [];
  }
  return { top: lazyList(grammar.patterns ?? []) };
}

/** The runs [length, token] of a match, from its rule's token and its captures' (the
 * innermost capture wins; a capture with patterns is tokenized by them). */
function pieces(match, outer, captures) {
  const start = match.index;
  const text = match[0];
  const tokens = new Array(text.length).fill(outer);
  for (const capture of (captures ?? []).slice().sort((a, b) => a.group - b.group)) {
    const span = match.indices[capture.group];
    if (!span) continue;
    const [from, to] = [span[0] - start, span[1] - start];
    const inner = capture.token ?? null;
    for (let i = from; i < to; i++) if (inner) tokens[i] = inner;
    if (capture.patterns) {
      const sub = match.input.slice(span[0], span[1]);
      let at = 0;
      for (const [len, token] of scanPlain(sub, capture.patterns(), inner ?? outer)) {
        for (let i = 0; i < len; i++) tokens[from + at + i] = token;
        at += len;
      }
    }
  }
  const runs = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last[1] === tokens[i]) last[0]++;
    else runs.push([1, tokens[i]]);
  }
  return runs;
}

/** Tokenizes a captured text with match rules only (captures' patterns have no regions). */
function scanPlain(text, rules, fallback) {
  const runs = [];
  let pos = 0;
  while (pos < text.length) {
    let hit = null;
    for (const rule of rules) {
      if (rule.kind !== "match") continue;
      rule.re.lastIndex = pos;
      const m = rule.re.exec(text);
      if (m && m[0].length > 0) {
        hit = pieces(m, rule.token ?? fallback, rule.captures);
        pos += m[0].length;
        break;
      }
    }
    if (hit) runs.push(...hit);
    else {
      runs.push([1, fallback]);
      pos++;
    }
  }
  return runs;
}

/** Pops the regions whose end matches, zero-width, at `pos` of `line` (a line's end, a blank
 * line, the start of a line). */
function popAt(state, line, pos) {
  for (;;) {
    const region = state.stack[state.stack.length - 1];
    if (!region) return;
    region.end.lastIndex = pos;
    const m = region.end.exec(line);
    if (!m || m[0].length > 0) return;
    state.stack.pop();
  }
}

/** The first match of `re` in `line` at or after `pos`. */
function search(re, line, pos) {
  re.lastIndex = pos;
  return re.exec(line);
}

/** One step of the tokenizer on `line` at `pos`: the runs it yields. As in TextMate, the
 * earliest match wins, the region's end first on a tie, then the patterns in order; the text
 * before it takes the region's token. */
function step(grammar, state, line, pos) {
  const region = state.stack[state.stack.length - 1];
  const inherited = region?.token ?? null;
  let best = null;
  if (region) {
    const m = search(region.endSearch, line, pos);
    if (m) best = { m, rule: null };
  }
  for (const rule of region ? region.patterns() : grammar.top()) {
    if (best && best.m.index === pos) break;
    const m = search(rule.kind === "match" ? rule.search : rule.beginSearch, line, pos);
    // A plain match of nothing would not advance: skip it.
    if (!m || (rule.kind === "match" && m[0].length === 0)) continue;
    if (!best || m.index < best.m.index) best = { m, rule };
  }
  if (!best) return [[line.length - pos, inherited]];
  if (best.m.index > pos) return [[best.m.index - pos, inherited]];
  const { m, rule } = best;
  if (!rule) {
    state.stack.pop();
    return m[0].length ? pieces(m, region.token, region.endCaptures) : [];
  }
  if (rule.kind === "region") {
    state.stack.push(rule);
    return m[0].length ? pieces(m, rule.token ?? inherited, rule.beginCaptures) : [];
  }
  return pieces(m, rule.token ?? inherited, rule.captures);
}

/** The stream parser of a compiled grammar. */
export function streamParser(grammar) {
  const compiled = compileGrammar(grammar);
  return {
    name: "lexpact",
    startState: () => ({ stack: [], queue: [] }),
    copyState: (s) => ({ stack: s.stack.slice(), queue: s.queue.map((r) => r.slice()) }),
    blankLine: (state) => popAt(state, "", 0),
    token(stream, state) {
      let guard = 0;
      while (state.queue.length === 0) {
        // Zero-width steps (a region opening or closing on nothing) change the stack only.
        if (++guard > 64) {
          state.queue.push([1, null]);
          break;
        }
        state.queue.push(...step(compiled, state, stream.string, stream.pos));
      }
      const run = state.queue.shift();
      const [length, token] = run;
      stream.pos = Math.min(stream.string.length, stream.pos + length);
      if (stream.eol() && state.queue.length === 0) popAt(state, stream.string, stream.string.length);
      return token;
    },
    tokenTable: TOKEN_TAGS,
  };
}

/** The `.lex` language of CodeMirror, from the grammar. */
export function lexLanguage(grammar) {
  return StreamLanguage.define(streamParser(grammar));
}

/** The tokens of a text, line by line, as [text, token] (for tests). */
export function tokenize(grammar, text) {
  const parser = streamParser(grammar);
  const state = parser.startState();
  const out = [];
  for (const line of text.split("\n")) {
    if (line.length === 0) {
      parser.blankLine(state);
      continue;
    }
    const stream = { string: line, pos: 0, eol() { return this.pos >= this.string.length; } };
    while (!stream.eol()) {
      const from = stream.pos;
      const token = parser.token(stream, state);
      out.push([line.slice(from, stream.pos), token]);
    }
  }
  return out;
}
