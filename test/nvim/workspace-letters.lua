-- Run by test/nvim/nvim.test.mjs as `nvim --headless --clean -c "luafile workspace-letters.lua"`. Opens
-- IMR_LETTER, attaches `node dist/server.js --stdio` with the letter's folder as the workspace (root_dir),
-- and waits — a bounded event wait — for the diagnostics the server pushes for IMR_UNOPENED, a letter of
-- the folder Neovim never opens: Neovim files them under a buffer it lists but does not load. Writes what
-- it saw as JSON to $IMR_RESULT and quits. (Neovim 0.7 has no file watcher: changes on disk are the Emacs
-- test's part.)
local server = assert(os.getenv('IMR_SERVER'), 'IMR_SERVER unset')
local letter = assert(os.getenv('IMR_LETTER'), 'IMR_LETTER unset')
local unopened = assert(os.getenv('IMR_UNOPENED'), 'IMR_UNOPENED unset')
local result_path = assert(os.getenv('IMR_RESULT'), 'IMR_RESULT unset')
local wait_ms = tonumber(os.getenv('IMR_WAIT_MS') or '20000')

local result = { unopened_codes = {}, unopened_loaded = nil, errors = {} }

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(letter))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'imr',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(letter, ':p:h'),
  })
  if not client_id then error('vim.lsp.start_client refused the configuration') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local unopened_buf = vim.uri_to_bufnr(vim.uri_from_fname(unopened))
  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(unopened_buf) > 0 end) then
    table.insert(result.errors, ('no diagnostics for the unopened letter within %d ms'):format(wait_ms))
  end
  for _, d in ipairs(vim.diagnostic.get(unopened_buf)) do table.insert(result.unopened_codes, d.code) end
  result.unopened_loaded = vim.api.nvim_buf_is_loaded(unopened_buf)
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(failure)) end
local file = assert(io.open(result_path, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qall!')
