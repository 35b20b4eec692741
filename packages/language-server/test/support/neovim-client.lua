-- A real LSP client: Neovim 0.7 (Debian) run headless by neovim.test.ts.
-- Opens BAYAN_FILE, starts the server with vim.lsp.start_client, reads the
-- diagnostics back with vim.diagnostic.get, applies the preferred quick fix
-- of the first one, writes the buffer, waits for the re-lint, and writes what
-- it saw as JSON to BAYAN_REPORT.
local server = os.getenv('BAYAN_SERVER')
local file = os.getenv('BAYAN_FILE')
local report = os.getenv('BAYAN_REPORT')

local function simple(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message, source = d.source, code = lsp.code })
  end
  return out
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'bayan',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { locale = 'en' },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics')
  local before = vim.diagnostic.get(bufnr)
  table.sort(before, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  local first = before[1]

  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  params.context = { diagnostics = {}, only = { 'quickfix' } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 30000) or {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and not chosen then chosen = action end
    end
  end
  assert(chosen, 'no preferred quick fix')
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  vim.cmd('silent write')
  local settled = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) == #before - 1 end, 50)

  local out = io.open(report, 'w')
  out:write(vim.fn.json_encode({ before = simple(before), title = chosen.title, settled = settled, after = simple(vim.diagnostic.get(bufnr)) }))
  out:close()
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if not ok then
  io.stderr:write('neovim-client.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
