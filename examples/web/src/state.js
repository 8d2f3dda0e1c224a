// The page's state — the rule files changed from the library (their text), the profile, the
// options — kept in the browser only: in localStorage after every change, and in the URL
// fragment when shared (`#s=` + base64url of the deflate-raw JSON). On load the fragment
// wins over localStorage. Nothing is ever sent anywhere: a fragment is not part of a request.

const STORAGE_KEY = "lexpact-playground";
const PREFIX = "#s=";
const VERSION = 1;

/** @typedef {{ v: 1, rules: Record<string, string>, profile: { name: string, text: string },
 *   asOf: string, view: string, file?: string }} PageState */

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The state as the text of a URL fragment (without `#s=`). */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify({ ...state, v: VERSION }));
  return toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** The state a fragment's text holds; throws when it holds none. */
export async function decodeState(text) {
  const json = await pipe(fromBase64url(text), new DecompressionStream("deflate-raw"));
  return check(JSON.parse(new TextDecoder().decode(json)));
}

/** Keeps only what the page understands, so a hand-edited link cannot make it fail later. */
function check(state) {
  if (!state || state.v !== VERSION) throw new Error("not a playground state");
  const rules = {};
  for (const [name, text] of Object.entries(state.rules ?? {})) if (typeof text === "string") rules[name] = text;
  const profile = state.profile && typeof state.profile.text === "string"
    ? { name: String(state.profile.name ?? "profile.json"), text: state.profile.text }
    : null;
  return {
    v: VERSION,
    rules,
    profile,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(state.asOf ?? "") ? state.asOf : "",
    view: typeof state.view === "string" ? state.view : "report",
    file: typeof state.file === "string" ? state.file : undefined,
  };
}

/** The state to start from: the fragment's, else localStorage's, else null. `where` says
 * which ("link", "storage"). */
export async function loadState() {
  if (location.hash.startsWith(PREFIX)) {
    try {
      return { state: await decodeState(location.hash.slice(PREFIX.length)), where: "link" };
    } catch {
      // A damaged link: fall back to what this browser kept.
    }
  }
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept) return { state: check(JSON.parse(kept)), where: "storage" };
  } catch {
    // Storage blocked or damaged: start afresh.
  }
  return { state: null, where: null };
}

/** Keeps the state in localStorage (quietly does nothing when storage is blocked or full). */
export function saveState(state) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state, v: VERSION }));
  } catch {
    // Nothing to do: the page works without it.
  }
}

/** Puts the state in the address bar (without a new history entry) and returns the link. */
export async function shareState(state) {
  const url = new URL(location.href);
  url.hash = PREFIX.slice(1) + (await encodeState(state));
  history.replaceState(null, "", url);
  return url.href;
}
