#!/usr/bin/env bash
# A smoke test of `lexpact lsp` with a real editor: a headless Neovim (its built-in LSP client)
# opens a rule file with a misspelt fact path and must show the server's diagnostic with its
# code and did-you-mean. Installs Debian's `neovim` when missing and builds the binary. Ends with
# one line, `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
passed=0
failed=0
check() {
  if eval "$2"; then
    passed=$((passed + 1))
    echo "ok     $1"
  else
    failed=$((failed + 1))
    echo "FAILED $1"
  fi
}
if ! command -v nvim >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
fi
if ! command -v nvim >/dev/null || ! cargo build --quiet --locked --bin lexpact; then
  echo "0 passed, 1 failed"
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/rules"
cp tests/lsp/fixtures/small/* "$work/rules/"
sed -i 's/institutions\.office\.kind ==/institutions.ofice.kind ==/' "$work/rules/rules.lex"
cat >"$work/init.lua" <<'LUA'
-- Registers `lexpact lsp` for `*.lex` files (the Neovim 0.7 API), waits for the diagnostics of
-- the file opened and writes them, one a line: line, column, code, message.
local bin, out = os.getenv("LEXPACT_BIN"), os.getenv("LEXPACT_OUT")
vim.cmd("filetype on")
-- After the built-in detection, which takes `.lex` for a lexer (flex) source.
vim.cmd("autocmd BufRead,BufNewFile *.lex set filetype=lexpact")
vim.api.nvim_create_autocmd("FileType", {
  pattern = "lexpact",
  callback = function(args)
    local id = vim.lsp.start_client({
      name = "lexpact",
      cmd = { bin, "lsp" },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h"),
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    local lines = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
      local message = d.message:gsub("\n", " | ")
      table.insert(lines, string.format("%d\t%d\t%s\t%s", d.lnum, d.col, code, message))
    end
    vim.fn.writefile(lines, out)
    vim.cmd("qa!")
  end,
})
LUA
LEXPACT_BIN="$repo/target/debug/lexpact" LEXPACT_OUT="$work/diagnostics.tsv" \
  timeout 60 nvim --headless -u "$work/init.lua" "$work/rules/rules.lex" >/dev/null 2>&1
touch "$work/diagnostics.tsv"
echo "diagnostics shown by Neovim:"
cat "$work/diagnostics.tsv"

line=$(grep -n 'institutions.ofice.kind' "$work/rules/rules.lex" | cut -d: -f1)
column=$(awk -v n="$line" 'NR == n { print index($0, "ofice") - 1 }' "$work/rules/rules.lex")
check "one diagnostic" '[ "$(wc -l <"$work/diagnostics.tsv")" -eq 1 ]'
check "its code is E0201" 'cut -f3 "$work/diagnostics.tsv" | grep -qx E0201'
check "it says the field is unknown" 'grep -qF "\`institutions\` has no field \`ofice\`" "$work/diagnostics.tsv"'
check "it gives the did-you-mean" 'grep -qF "did you mean \`institutions.office\`?" "$work/diagnostics.tsv"'
check "it is at the misspelt segment" '[ "$(cut -f1,2 "$work/diagnostics.tsv")" = "$((line - 1))	$column" ]'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
