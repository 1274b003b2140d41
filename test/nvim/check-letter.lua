-- Run by test/nvim/nvim.test.mjs as `nvim --headless --clean -c "luafile check-letter.lua"` (Neovim 0.7 has
-- no `-l`). Attaches `node dist/server.js --stdio` to a letter through
-- Neovim's own LSP client, waits for the pushed diagnostics (Neovim 0.7 knows no pull diagnostics), asks for
-- code actions, writes what it saw as JSON to $IMR_RESULT and quits. The mocha test judges the result.
local server = assert(os.getenv('IMR_SERVER'), 'IMR_SERVER unset')
local letter = assert(os.getenv('IMR_LETTER'), 'IMR_LETTER unset')
local result_path = assert(os.getenv('IMR_RESULT'), 'IMR_RESULT unset')
local wait_ms = tonumber(os.getenv('IMR_WAIT_MS') or '20000')

local result = { initialized = false, diagnostics = {}, code_actions = {}, errors = {} }

local function finish()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(letter))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'imr'

  local diagnostics_arrived = false
  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    buffer = bufnr,
    callback = function() diagnostics_arrived = #vim.diagnostic.get(bufnr) > 0 end,
  })

  local client_id = vim.lsp.start_client({
    name = 'imr',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(letter, ':p:h'),
    on_init = function() result.initialized = true end,
    on_exit = function(code, signal)
      if code ~= 0 then table.insert(result.errors, ('server exited with code %d signal %d'):format(code, signal)) end
    end,
  })
  if not client_id then error('vim.lsp.start_client refused the configuration') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- An event wait bounded by wait_ms: the condition turns true in the DiagnosticChanged callback.
  if not vim.wait(wait_ms, function() return diagnostics_arrived end) then
    table.insert(result.errors, ('no diagnostics within %d ms'):format(wait_ms))
    return
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, code = d.code,
      source = d.source, message = d.message })
  end

  -- Back to LSP form for the request context (vim.lsp.diagnostic.get does this too, but is deprecated).
  local lsp_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(lsp_diagnostics, {
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
      severity = d.severity, message = d.message, source = d.source, code = d.code,
      data = d.user_data and d.user_data.lsp and d.user_data.lsp.data or nil,
    })
  end
  local last_line = vim.api.nvim_buf_line_count(bufnr)
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last_line, character = 0 } },
    context = { diagnostics = lsp_diagnostics },
  }, wait_ms)
  if not responses then
    table.insert(result.errors, 'textDocument/codeAction got no answer')
    return
  end
  for _, response in pairs(responses) do
    if response.error then table.insert(result.errors, 'codeAction error: ' .. vim.inspect(response.error)) end
    for _, action in ipairs(response.result or {}) do
      table.insert(result.code_actions, { title = action.title, kind = action.kind })
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(failure)) end
finish()
