'use strict';
/*
 * The story page: renders a brief (schema 2) and its articles' texts. Every cited span is marked in the article
 * text; every citation link highlights and scrolls to its span. All text is inserted as text nodes.
 */
const spans = new Map();   // key -> {span, n, verified}
let spanCount = 0;
const texts = new Map();   // article id -> clean text
const changedFacts = new Map();   // fact text -> 'new' | 'revised', from the story's changes

function key(span) { return span.article + ':' + span.start + ':' + span.end; }

function cite(span) {
  const k = key(span);
  let entry = spans.get(k);
  if (!entry) {
    const text = texts.get(span.article);
    entry = {span: span, n: ++spanCount, verified: text !== undefined && text.slice(span.start, span.end) === span.text};
    spans.set(k, entry);
  }
  const link = el('a', {href: '#c' + entry.n, class: entry.verified ? 'cite' : 'cite unverified',
    'data-span': k, title: span.article + ' [' + span.start + ', ' + span.end + ')'
      + (entry.verified ? '' : ': does not match the article text')}, '[' + entry.n + ']');
  link.addEventListener('click', event => { event.preventDefault(); activate(k, true); });
  return link;
}

function activate(k, scroll) {
  document.querySelectorAll('mark.active').forEach(m => m.classList.remove('active'));
  const marks = Array.from(document.querySelectorAll('mark')).filter(m => m.dataset.spans.split(' ').includes(k));
  marks.forEach(m => m.classList.add('active'));
  const entry = spans.get(k);
  if (entry) history.replaceState(null, '', '#c' + entry.n);
  if (scroll && marks.length > 0) marks[0].scrollIntoView({block: 'center'});
}

function section(id, title, ...children) {
  return el('section', {id: id}, el('h2', {}, title), ...children);
}

function renderSummary(brief) {
  return section('summary', 'Summary', el('ol', {}, ...brief.summary.map(s =>
    el('li', {}, s.text, ' ', ...s.citations.map(cite)))));
}

function renderFacts(brief, status, title) {
  const facts = brief.facts.filter(f => f.status === status);
  if (facts.length === 0) return null;
  return section('facts-' + status, title, el('ul', {}, ...facts.map(f => el('li', {class: 'status-' + f.status
      + (changedFacts.has(f.text) ? ' changed' : '')},
    changedFacts.has(f.text) ? el('span', {class: 'badge'}, changedFacts.get(f.text)) : null,
    f.text, ' ', ...f.mentions.map(cite),
    el('span', {class: 'meta'}, ' — ' + f.outlets.join(', ') + ' (' + f.independent_sources + ' independent)')))));
}

function renderNumbers(brief) {
  const disagree = brief.numbers.filter(n => !n.agree);
  const agree = brief.numbers.filter(n => n.agree);
  const factText = id => (brief.facts.find(f => f.id === id) || {text: id}).text;
  const item = n => el('li', {}, factText(n.fact) + ' (' + n.unit + ')', el('ul', {}, ...n.values.map(v => el('li', {},
    v.outlet + ': “' + v.span.text + '” → ' + v.value + (v.approx ? ' (approximate)' : '') + ' ', cite(v.span)))));
  const contradictions = (brief.contradictions || []).filter(c => c.slot !== 'how_many');
  const slotNames = {who: 'Who', when: 'When', where: 'Where'};
  const aboutText = id => (brief.facts.find(f => f.id === id) || (brief.quotes.find(q => q.id === id) ? {text: 'quote ' + id} : {text: id})).text;
  const contradiction = c => el('li', {class: 'contradiction'}, el('span', {class: 'badge'}, slotNames[c.slot] || c.slot),
    aboutText(c.about), el('ul', {}, ...c.values.map(v => el('li', {}, v.outlet + ': “' + v.span.text + '” ', cite(v.span)))));
  return section('disagreements', 'Disagreements',
    contradictions.length ? el('ul', {}, ...contradictions.map(contradiction)) : null,
    disagree.length ? el('ul', {}, ...disagree.map(item)) : el('p', {class: 'note'}, 'No numbers disagree.'),
    agree.length ? el('h3', {}, 'Numbers that agree') : null,
    agree.length ? el('ul', {}, ...agree.map(item)) : null);
}

/** The words a reader sees of one rendering: every piece's wording joined with " … " (older briefs: the wording). */
function said(r) {
  return r.wordings && r.wordings.length ? r.wordings.map(w => w.text).join(' … ') : (r.wording || r.content).text;
}

function renderQuotes(brief) {
  if (brief.quotes.length === 0) return null;
  return section('quotes', 'Who said what', el('ul', {}, ...brief.quotes.map(q => el('li', {},
    el('strong', {}, q.speaker || 'Unknown speaker'), ' (' + q.independent_sources + ' independent sources)',
    q.wording_differs ? el('span', {class: 'differs'}, ' wording differs') : null,
    el('ul', {}, ...q.renderings.map(r => el('li', {}, r.outlet + ': ' + (r.direct ? '“' + said(r) + '”' : said(r)) + ' ',
      cite(r.wording || r.content), ...(r.flags || []).map(f => el('span', {class: 'flag flag-' + f}, ' ' + f)))))))));
}

function renderTimeline(brief) {
  if (brief.timeline.length === 0) return null;
  return section('timeline', 'Timeline', el('ol', {}, ...brief.timeline.map(t => el('li', {class: t.conflict ? 'conflict' : null},
    el('time', {}, t.date), ' ', t.text, ' ', ...t.evidence.map(cite),
    t.conflict ? el('span', {class: 'flag'}, ' dates conflict') : null))));
}

const CHANGE_LABELS = {new_article: 'New article', edited_article: 'Edited article', new_fact: 'New fact',
  revised_number: 'Revised number', merged: 'Merged story'};

/* What changed since the reader's last visit to this story (kept in localStorage), else in the last 24 hours. */
async function loadChanges(id) {
  const seenKey = 'corroborate.seen.' + id;
  let last = null;
  try { last = localStorage.getItem(seenKey); } catch (e) { last = null; }
  const since = last || new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  let changes = [];
  try {
    changes = (await getJson('/stories/' + encodeURIComponent(id) + '/changes?since=' + encodeURIComponent(since))).changes;
  } catch (e) {
    changes = [];
  }
  try { localStorage.setItem(seenKey, new Date().toISOString()); } catch (e) { /* private mode */ }
  changes.forEach(c => {
    if (c.kind === 'new_fact') changedFacts.set(c.text, 'new');
    if (c.kind === 'revised_number') changedFacts.set(c.text, 'revised');
  });
  return {since: since, first: !last, changes: changes};
}

function renderChanges(result) {
  const title = result.first ? 'What changed in the last 24 hours' : 'What changed since your last visit';
  if (result.changes.length === 0) {
    return section('changes', title, el('p', {class: 'note'}, 'Nothing changed since ' + result.since + '.'));
  }
  return section('changes', title, el('ul', {}, ...result.changes.map(c => el('li', {class: 'change change-' + c.kind},
    el('span', {class: 'badge'}, CHANGE_LABELS[c.kind] || c.kind), ' ', c.text,
    c.detail && c.kind === 'revised_number' ? el('span', {class: 'meta'}, ' (' + c.detail + ')') : null,
    c.article ? el('span', {}, ' ', el('a', {href: '#article-' + c.article}, 'article')) : null,
    el('span', {class: 'meta'}, ' · ' + c.at)))));
}

/* Outlet × fact matrix: which outlet carries which fact. */
function renderCoverage(brief) {
  const outlets = Array.from(new Set(brief.articles.map(a => a.outlet))).sort();
  if (brief.facts.length === 0 || outlets.length === 0) return null;
  const head = el('tr', {}, el('th', {}, 'Fact'), ...outlets.map(o => el('th', {scope: 'col'}, o)));
  const rows = brief.facts.map(f => el('tr', {class: 'status-' + f.status}, el('td', {}, f.text),
    ...outlets.map(o => el('td', {class: f.outlets.includes(o) ? 'has' : 'lacks'}, f.outlets.includes(o) ? '●' : ''))));
  return section('coverage', 'Coverage', el('table', {class: 'coverage'}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

/* The article text with every cited span marked; overlapping spans are cut at their boundaries. */
function markedText(articleId, text) {
  const own = Array.from(spans.entries()).filter(([, e]) => e.span.article === articleId && e.verified);
  const cuts = new Set([0, text.length]);
  own.forEach(([, e]) => { cuts.add(e.span.start); cuts.add(e.span.end); });
  const points = Array.from(cuts).sort((a, b) => a - b);
  const block = el('div', {class: 'article-text'});
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    own.filter(([, e]) => e.span.start === from).forEach(([, e]) => block.append(el('a', {id: 'c' + e.n})));
    const covering = own.filter(([, e]) => e.span.start <= from && e.span.end >= to).map(([k]) => k);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      block.append(document.createTextNode(piece));
    } else {
      const mark = el('mark', {'data-spans': covering.join(' ')}, piece);
      mark.addEventListener('click', () => activate(covering[0], false));
      block.append(mark);
    }
  }
  return block;
}

function renderArticles(brief, articles) {
  return section('articles', 'Articles', ...brief.articles.map((a, i) => el('article',
    {id: 'article-' + a.id, class: 'text-block'},
    el('h3', {}, (i + 1) + '. ' + (a.title || a.id)),
    el('p', {class: 'meta'}, a.outlet + (a.published ? ' · ' + a.published : '') + (a.copy_of ? ' · copy of ' + a.copy_of : '')
      + (articles[i] && articles[i].version > 1 ? ' · version ' + articles[i].version : ''),
      a.url && /^https?:\/\//i.test(a.url)
        ? el('span', {}, ' · ', el('a', {href: a.url, rel: 'noopener noreferrer nofollow'}, 'original')) : null),
    texts.has(a.id) ? markedText(a.id, texts.get(a.id)) : el('p', {class: 'note'}, 'Text unavailable.'))));
}

async function load() {
  const main = document.getElementById('story');
  const id = new URLSearchParams(location.search).get('id');
  if (!id) { document.getElementById('status').textContent = 'No story given.'; return; }
  try {
    const brief = await getJson('/stories/' + encodeURIComponent(id));
    const articles = await Promise.all(brief.articles.map(a =>
      getJson('/articles/' + encodeURIComponent(a.id)).catch(() => null)));
    articles.forEach(a => { if (a) texts.set(a.id, a.text); });
    const changes = await loadChanges(id);
    document.title = 'Corroborate: ' + brief.headline;
    const parts = [
      el('h1', {id: 'headline'}, brief.headline),
      el('p', {class: 'meta'}, brief.counts.articles + ' articles · ' + brief.counts.outlets + ' outlets · '
        + brief.counts.independent_sources + ' independent sources · ',
        el('a', {href: '/stories/' + encodeURIComponent(id) + '/brief.html'}, 'printable brief'), ' · ',
        el('a', {href: '/stories/' + encodeURIComponent(id)}, 'JSON')),
      renderChanges(changes),
      renderSummary(brief),
      renderFacts(brief, 'corroborated', 'Agreed by several sources'),
      renderFacts(brief, 'single_source', 'Single-source facts'),
      renderFacts(brief, 'disputed', 'Disputed facts'),
      renderNumbers(brief),
      renderQuotes(brief),
      renderTimeline(brief),
      renderCoverage(brief),
      brief.notes.length ? section('notes', 'Notes', el('ul', {}, ...brief.notes.map(n => el('li', {}, n)))) : null,
    ];
    parts.push(renderArticles(brief, articles));
    main.replaceChildren(...parts.filter(p => p !== null));
    const hash = location.hash.match(/^#c(\d+)$/);
    const wanted = hash ? Array.from(spans.entries()).find(([, e]) => e.n === Number(hash[1])) : null;
    if (wanted) activate(wanted[0], true);
    else if (brief.summary.length > 0) activate(key(brief.summary[0].citations[0]), false);
  } catch (e) {
    main.replaceChildren(el('p', {class: 'note', id: 'status'}, 'Error: ' + e.message));
  }
}

load();

/* The page stays current: when the story changes on the server after the page loaded, offer a reload (the reader's
 * place is kept until they choose). */
const loadedAt = new Date().toISOString();
async function watchForUpdates() {
  const id = new URLSearchParams(location.search).get('id');
  if (!id || document.getElementById('updated-banner')) return;
  try {
    const result = await getJson('/stories/' + encodeURIComponent(id) + '/changes?since=' + encodeURIComponent(loadedAt));
    if (result.changes.length > 0) {
      const banner = el('p', {id: 'updated-banner', class: 'banner'},
        'This story has changed (' + result.changes.length + ' changes). ');
      const reload = el('button', {type: 'button'}, 'Show the update');
      reload.addEventListener('click', () => location.reload());
      banner.append(reload);
      document.getElementById('story').prepend(banner);
    }
  } catch (e) { /* try again later */ }
}
setInterval(watchForUpdates, 15000);
