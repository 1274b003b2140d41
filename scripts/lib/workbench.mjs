// Opening the code-server workbench in Chromium, and the automation protocol @vscode/test-web uses: the
// workbench reads extensionDevelopmentPath / extensionTestsPath from its `payload` URL parameter, runs the
// tests module's run() in the extension host, forwards log lines to window.codeAutomationLog(type, args)
// and reports the result through window.codeAutomationExit(code).
import path from 'node:path';
import { format } from 'node:util';

/** The workbench URL for `folder`, with a test payload when extension paths are given. */
export function workbenchUrl(baseUrl, { folder, extensionDevelopmentPaths = [], extensionTestsPath } = {}) {
  const url = new URL(baseUrl);
  if (folder) url.searchParams.set('folder', path.resolve(folder));
  const authority = url.host;
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  // '/' is legal in a query; leaving it unescaped keeps the printed address readable.
  return url.toString().replace(/%2F/gi, '/');
}

// Newer workbenches (1.139) honour the payload only with the smoke-test driver enabled; 1.100 does not need
// it and is not harmed. Rewriting the page itself breaks its WebSocket, so patch the settings element.
/* global document, MutationObserver -- this function runs in the page, not in Node */
function enableSmokeTestDriver() {
  const patch = (element) => {
    const raw = element.getAttribute('data-settings');
    if (!raw) return;
    const settings = JSON.parse(raw);
    settings.developmentOptions = { ...settings.developmentOptions, enableSmokeTestDriver: true };
    element.setAttribute('data-settings', JSON.stringify(settings));
  };
  // The element arrives with the HTML, before the workbench's scripts run: patch it the moment it is parsed.
  const observer = new MutationObserver(() => {
    const element = document.getElementById('vscode-workbench-web-configuration');
    if (element) {
      observer.disconnect();
      patch(element);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// The marketplace is unreachable here, and the workbench narrates its connection set-up: neither says
// anything about the tests. The web workbench also tries to watch an untitled document on disk and logs
// the failure with its stack; the document lives in memory, so nothing is lost.
const NOISE = new RegExp([
  'open-vsx\\.org', 'ENOTFOUND', 'getaddrinfo', 'Failed to load resource',
  'connection token', 'Creating a socket', 'additional builtin extensions cache', '\\[Service Worker\\]',
  'ChatSessionStore', "Unable to resolve filesystem provider with relative file path 'untitled:",
].join('|'));

/**
 * Opens the test payload URL in `page` and resolves with the exit code the workbench reports. Rejects when
 * the page crashes or `aborted` settles first (e.g. code-server died).
 */
export async function runExtensionTestsInPage(page, url, { aborted, log = console }) {
  let reportExit;
  const exitCode = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench forwards console calls as they were made: a format string and its values.
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (NOISE.test(line)) return;
    (typeof log[type] === 'function' ? log[type] : log.log).call(log, line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.addInitScript(enableSmokeTestDriver);
  const crashed = new Promise((_, reject) => page.on('crash', () => reject(new Error('the workbench page crashed'))));
  await page.goto(url);
  return Promise.race([exitCode, crashed, aborted]);
}
