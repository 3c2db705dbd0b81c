-- Opens FILE in Neovim (the README's setup is the init.lua), waits for the server's diagnostics and prints them as
-- JSON: [{ code, line }]. Run by neovim.test.ts.
vim.cmd('edit ' .. vim.fn.fnameescape(vim.fn.argv(0)))
local bufnr = vim.api.nvim_get_current_buf()
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
  io.stderr:write('no diagnostics')
  return vim.cmd('cquit 3')
end
local found = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(found, { code = d.user_data.lsp.code, line = d.lnum }) end
io.stdout:write(vim.fn.json_encode(found) .. '\n')
vim.cmd('qall!')
