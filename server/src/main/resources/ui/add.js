'use strict';
/* The Add panel: writes go to POST /feeds and POST /articles with the API token as a bearer header. The token is
   kept in this browser's localStorage; results and problems go into the page as text only. */
const TOKEN_KEY = 'corroborate.apiToken';

function savedToken() {
  try { return localStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
}

function showTokenState() {
  document.getElementById('token-state').textContent = savedToken() ? 'token saved' : 'no token saved';
}

async function sendJson(method, path, body) {
  const headers = {'Accept': 'application/json', 'Authorization': 'Bearer ' + savedToken()};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {method: method, headers: headers,
    body: body === undefined ? undefined : JSON.stringify(body)});
  let answer = null;
  try { answer = await response.json(); } catch (e) { /* reported below */ }
  if (!response.ok) {
    throw new Error(answer && answer.error ? answer.error : 'HTTP ' + response.status);
  }
  return answer;
}

function showResult(...lines) {
  document.getElementById('add-result').replaceChildren(...lines);
}

function showAdded(answer) {
  const summary = answer.added.length + ' added, ' + answer.updated.length + ' updated, '
    + (answer.unchanged.length + answer.not_modified.length) + ' unchanged; ' + answer.stories + ' stories';
  const problems = answer.problems.map(p => el('li', {class: 'problem-' + p.severity},
    p.source + ': ' + p.severity + ': ' + p.message));
  showResult(el('p', {class: 'added-summary'}, summary), problems.length ? el('ul', {class: 'problems'}, ...problems) : null);
  refresh();
  refreshSide();
}

async function submitting(event, action) {
  event.preventDefault();
  if (!savedToken()) {
    showResult(el('p', {class: 'flag'}, 'Save the API token first.'));
    return;
  }
  const button = event.target.querySelector('button[type=submit]');
  button.disabled = true;
  showResult(el('p', {class: 'note'}, 'Working…'));
  try {
    await action();
  } catch (e) {
    showResult(el('p', {class: 'flag'}, 'Error: ' + e.message));
  } finally {
    button.disabled = false;
  }
}

/* Called by the feed list's "remove" buttons (list.js). */
async function removeFeed(url) {
  const panel = document.getElementById('add');
  if (!savedToken()) {
    panel.open = true;
    showResult(el('p', {class: 'flag'}, 'Save the API token first.'));
    return;
  }
  try {
    const answer = await sendJson('DELETE', '/feeds?' + new URLSearchParams({url: url}));
    showResult(el('p', {class: 'added-summary'}, 'Unsubscribed: ' + answer.removed));
  } catch (e) {
    panel.open = true;
    showResult(el('p', {class: 'flag'}, 'Error: ' + e.message));
  }
  refreshSide();
}

document.getElementById('token-form').addEventListener('submit', event => {
  event.preventDefault();
  const input = document.getElementById('token');
  try {
    if (input.value.trim()) localStorage.setItem(TOKEN_KEY, input.value.trim());
    else localStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    showResult(el('p', {class: 'flag'}, 'This browser does not keep the token: ' + e.message));
  }
  input.value = '';
  showTokenState();
});

document.getElementById('feed-form').addEventListener('submit', event => submitting(event, async () => {
  const answer = await sendJson('POST', '/feeds', {url: document.getElementById('feed-url').value.trim()});
  showResult(el('p', {class: 'added-summary'}, 'Subscribed: ' + answer.subscribed.join(', ')));
  refreshSide();
}));

document.getElementById('urls-form').addEventListener('submit', event => submitting(event, async () => {
  const urls = document.getElementById('article-urls').value.split(/\s+/).filter(u => u);
  showAdded(await sendJson('POST', '/articles', {urls: urls}));
}));

document.getElementById('text-form').addEventListener('submit', event => submitting(event, async () => {
  const documentFields = {text: document.getElementById('doc-text').value};
  for (const [field, id] of [['title', 'doc-title'], ['outlet', 'doc-outlet'], ['url', 'doc-url']]) {
    const value = document.getElementById(id).value.trim();
    if (value) documentFields[field] = value;
  }
  showAdded(await sendJson('POST', '/articles', {documents: [documentFields]}));
}));

showTokenState();
