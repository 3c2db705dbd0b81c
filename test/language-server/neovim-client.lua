-- Drives Neovim 0.7's built-in LSP client headlessly against plistlint-language-server, started by the README's own
-- setup (the init.lua it runs with): open the file, wait for the pushed diagnostics, hover on NSAllowsArbitraryLoads,
-- apply the preferred "Remove NSAllowsArbitraryLoads" quick-fix, write the file. Prints one JSON object on stdout;
-- exits non-zero (cquit) on any failure.
-- Run by neovim.test.ts: nvim --headless -n -u README-init.lua -c "lua ..." -- FILE
local file = vim.fn.argv(0)
local report = { diagnostics = {}, actions = {} }
local function finish(code)
  io.stdout:write(vim.fn.json_encode(report) .. '\n')
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
-- The buffer's diagnostics as the server sent them (vim.diagnostic keeps the LSP code in user_data).
local function lsp_diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, {
      code = d.user_data.lsp.code,
      message = d.message,
      severity = d.severity,
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    })
  end
  -- vim.diagnostic keeps no order of its own: by line, then rule.
  table.sort(found, function(a, b)
    if a.range.start.line ~= b.range.start.line then return a.range.start.line < b.range.start.line end
    return a.code < b.code
  end)
  return found
end
local function codes()
  return vim.tbl_map(function(d) return d.code end, lsp_diagnostics())
end
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then report.error = 'no diagnostics'; return finish(3) end
local client_id = next(vim.lsp.buf_get_clients(bufnr))
local pushed = lsp_diagnostics()
for _, d in ipairs(pushed) do
  table.insert(report.diagnostics, { code = d.code, line = d.range.start.line, character = d.range.start.character, severity = d.severity })
end
report.stored = #vim.diagnostic.get(bufnr)

local client = vim.lsp.get_client_by_id(client_id)
local target = nil
for _, d in ipairs(pushed) do if d.code == 'plist/no-arbitrary-loads' then target = d end end
if not target then report.error = 'no plist/no-arbitrary-loads diagnostic'; return finish(4) end

local hover = client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = target.range.start,
}, 5000, bufnr)
report.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or nil

local response = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = target.range,
  context = { diagnostics = { target }, only = { 'quickfix' } },
}, 5000, bufnr)
if not response or response.err then report.error = 'codeAction failed'; return finish(5) end
local preferred = nil
for _, action in ipairs(response.result or {}) do
  table.insert(report.actions, { title = action.title, preferred = action.isPreferred == true })
  if action.isPreferred and not preferred then preferred = action end
end
if not preferred then report.error = 'no preferred action'; return finish(6) end
vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
vim.cmd('silent write')

-- After the edit the server pushes again: the problem is gone.
local function fixed() return not vim.tbl_contains(codes(), 'plist/no-arbitrary-loads') end
if not vim.wait(15000, fixed, 20) then report.error = 'no diagnostics after the fix'; return finish(7) end
report.after = codes()
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
finish(0)
