'use strict';
const PAGE = 20;
let offset = 0;
let total = 0;

function query() {
  const params = new URLSearchParams({limit: PAGE, offset: offset});
  for (const name of ['outlet', 'entity', 'since']) {
    const value = document.getElementById(name).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

async function refresh() {
  const status = document.getElementById('status');
  try {
    const page = await getJson('/stories?' + query());
    total = page.total;
    const list = document.getElementById('stories');
    list.replaceChildren(...page.stories.map(s => el('li', {class: 'story'},
      el('a', {href: '/story.html?id=' + encodeURIComponent(s.id)}, s.headline),
      el('span', {class: 'meta'}, ' ' + s.articles + ' articles · ' + s.outlets + ' outlets · '
        + s.independent_sources + ' independent sources' + (s.latest_published ? ' · ' + s.latest_published : '')))));
    list.start = offset + 1;
    status.textContent = total === 0 ? 'No stories.' : 'Stories ' + (offset + 1) + '–' + (offset + page.stories.length) + ' of ' + total;
    document.getElementById('updated').textContent = '(refreshed ' + new Date().toLocaleTimeString() + ')';
    document.getElementById('prev').disabled = offset === 0;
    document.getElementById('next').disabled = offset + PAGE >= total;
  } catch (e) {
    status.textContent = 'Error: ' + e.message;
  }
}

async function search(event) {
  event.preventDefault();
  const q = document.getElementById('q').value.trim();
  const section = document.getElementById('hits');
  const list = document.getElementById('hit-list');
  if (!q) { section.hidden = true; return; }
  section.hidden = false;
  try {
    const mode = document.getElementById('meaning').checked ? 'meaning' : 'text';
    const result = await getJson('/search?' + new URLSearchParams({q: q, mode: mode}));
    list.replaceChildren(...result.hits.map(h => el('li', {},
      h.story ? el('a', {href: '/story.html?id=' + encodeURIComponent(h.story) + '#article-' + encodeURIComponent(h.article)}, h.title || h.article)
              : (h.title || h.article),
      el('span', {class: 'meta'}, ' ' + h.outlet))));
    if (result.hits.length === 0) list.replaceChildren(el('li', {}, 'No match.'));
  } catch (e) {
    list.replaceChildren(el('li', {}, 'Error: ' + e.message));
  }
}

async function refreshSide() {
  try {
    const entities = (await getJson('/entities?limit=15')).entities;
    document.getElementById('entity-list').replaceChildren(...entities.map(e => {
      const link = el('a', {href: '#', 'data-entity': e.name}, e.name);
      link.addEventListener('click', event => {
        event.preventDefault();
        document.getElementById('entity').value = e.name;
        offset = 0;
        refresh();
      });
      return el('li', {}, link, el('span', {class: 'meta'}, ' ' + e.type.toLowerCase() + ' · ' + e.stories + ' stories'));
    }));
    const feeds = (await getJson('/feeds')).feeds;
    document.getElementById('feeds').hidden = feeds.length === 0;
    document.getElementById('feed-list').replaceChildren(...feeds.map(f => {
      const remove = el('button', {type: 'button', class: 'remove-feed', title: 'Unsubscribe ' + f.url}, 'remove');
      remove.addEventListener('click', () => removeFeed(f.url));
      return el('li', {class: 'feed-' + (f.last_status || 'new')},
        f.title || f.url, el('span', {class: 'meta'}, ' ' + (f.last_status ? f.last_status.replace('_', ' ') + ' at ' + f.last_polled_at : 'not polled yet')
          + (f.last_error ? ' · ' + f.last_error : '')), ' ', remove);
    }));
  } catch (e) { /* the story list reports errors */ }
}

document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); offset = 0; refresh(); });
document.getElementById('search').addEventListener('submit', search);
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); refresh(); });
document.getElementById('next').addEventListener('click', () => { offset += PAGE; refresh(); });
refresh();
refreshSide();
setInterval(refresh, 10000);
setInterval(refreshSide, 30000);
