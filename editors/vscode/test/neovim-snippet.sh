#!/usr/bin/env bash
# Runs the Neovim configuration of docs/editors.md in a headless Neovim against a stand-in
# server (test/fake-lsp-server.mjs, installed as `lexpact` on PATH): `*.lex` gets the file type
# `lexpact`, one server is started for a folder of rule files, with the initialization options
# shown, and its diagnostics reach the buffer. Ends with `N passed, M failed`.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/rules"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$here/fake-lsp-server.mjs" > "$work/bin/lexpact"
chmod +x "$work/bin/lexpact"
# The first ```lua block of the document is the configuration.
awk '/^```lua$/ {on = 1; next} on && /^```$/ {exit} on {print}' "$root/docs/editors.md" > "$work/init.lua"
printf 'obligation x {\n  require a\n}\n' > "$work/rules/a.lex"
printf 'define y = 1\n' > "$work/rules/b.lex"

cd "$work"
export LEXPACT_FAKE_LOG="$work/server.log"
PATH="$work/bin:$PATH" HOME="$work" XDG_CONFIG_HOME="$work" XDG_DATA_HOME="$work" XDG_STATE_HOME="$work" \
  timeout 30 nvim --headless -u init.lua -i NONE rules/a.lex \
  -c 'sleep 1500m' -c 'edit rules/b.lex' -c 'sleep 1000m' \
  -c 'lua local a = vim.fn.bufnr("rules/a.lex"); local d = vim.diagnostic.get(a); local f = io.open("result.txt", "w"); f:write(vim.bo.filetype, "\n", vim.bo.commentstring, "\n", #d, "\n", (d[1] or {message = ""}).message, "\n", #vim.lsp.get_active_clients(), "\n"); f:close()' \
  -c 'qa!' > nvim.out 2>&1

passed=0
failed=0
check() { # description, command...
  local description=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description"; fi
}
result=()
[ -f result.txt ] && mapfile -t result < result.txt
check "*.lex opens as lexpact" [ "${result[0]:-}" = lexpact ]
check "comments are # in lexpact buffers" [ "${result[1]:-}" = "# %s" ]
diagnostic="${result[2]:-} ${result[3]:-}"
check "the server's diagnostic reaches the buffer" [ "$diagnostic" = "1 E0001 from the stand-in server" ]
servers="${result[4]:-} $(grep -c '^initialize' server.log 2>/dev/null)"
check "one server for the folder's two files" [ "$servers" = "1 1" ]
check "the server is started as lexpact lsp" grep -qx 'argv \["lsp"\]' server.log
check "the initialization options carry lexpact.profile" grep -q '"initializationOptions":{"lexpact":{"profile":""}}' server.log
check "both files are opened as lexpact" [ "$(grep -c '^didOpen .*\.lex lexpact$' server.log 2>/dev/null)" = 2 ]
[ "$failed" -eq 0 ] || { cat nvim.out; cat server.log 2>/dev/null; }
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
