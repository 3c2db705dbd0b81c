-- Drives Neovim 0.7's built-in LSP client headlessly against plistlint-language-server: open the file, wait for
-- pushed diagnostics, hover on NSAllowsArbitraryLoads, apply the preferred "Remove NSAllowsArbitraryLoads"
-- quick-fix, write the file. Prints one JSON object on stdout; exits non-zero (cquit) on any failure.
-- Run by neovim.test.ts: nvim --headless --clean -n -c "lua ..." -- FILE  (env: PLISTLINT_SERVER)
local file = vim.fn.argv(0)
local report = { diagnostics = {}, actions = {} }
local function finish(code)
  io.stdout:write(vim.fn.json_encode(report) .. '\n')
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local pushed = nil
local client_id = vim.lsp.start_client({
  name = 'plistlint',
  cmd = { 'node', os.getenv('PLISTLINT_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if vim.uri_to_bufnr(result.uri) == bufnr then pushed = result.diagnostics end
    end,
  },
})
if not client_id then report.error = 'start_client failed'; return finish(2) end
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(15000, function() return pushed ~= nil end, 20) then report.error = 'no diagnostics'; return finish(3) end
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
pushed = nil
if not vim.wait(15000, function() return pushed ~= nil end, 20) then report.error = 'no diagnostics after the fix'; return finish(7) end
report.after = {}
for _, d in ipairs(pushed) do table.insert(report.after, d.code) end
vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
finish(0)
