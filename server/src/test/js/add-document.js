'use strict';
// Usage: node add-document.js CHROMIUM_PATH INDEX_URL TOKEN
// Opens the story list, saves the API token in the Add panel, adds an article's text whose title carries markup,
// and checks that the panel reports it added and the story list shows its title as text (the markup never runs);
// then unsubscribes the one feed listed with its "remove" button.
// Prints "ok <summary>" or fails with exit code 1.
const { runPageCheck } = require('./page-check');

const [executablePath, url, token] = process.argv.slice(2);
runPageCheck(executablePath, async page => {
  await page.goto(url);
  await page.click('#add summary');
  await page.fill('#doc-text', 'The ferry crews walked out on Tuesday. The operator said no sailings would run.');
  await page.click('#text-form button[type=submit]');
  await page.waitForSelector('#add-result .flag');
  const refused = await page.textContent('#add-result');
  if (!refused.includes('token')) throw new Error('without a token the panel said: ' + refused);
  await page.fill('#token', token);
  await page.click('#token-form button[type=submit]');
  const stored = await page.evaluate(() => localStorage.getItem('corroborate.apiToken'));
  if (stored !== token) throw new Error('the token was not kept in localStorage');
  await page.fill('#doc-title', 'Ferry <img src=x onerror="document.body.dataset.pwned=1"> strike');
  await page.fill('#doc-outlet', 'Harbour News');
  await page.click('#text-form button[type=submit]');
  await page.waitForSelector('#add-result .added-summary');
  const summary = await page.textContent('#add-result .added-summary');
  if (!summary.startsWith('1 added')) throw new Error('the panel said: ' + summary);
  await page.waitForFunction(() => document.getElementById('stories').textContent.includes('Ferry <img'));
  if (await page.evaluate(() => document.body.dataset.pwned || document.querySelector('#stories img'))) {
    throw new Error('the title was inserted as markup');
  }
  await page.click('#feed-list button.remove-feed');
  await page.waitForSelector('#feeds', { state: 'hidden' });
  const removed = await page.textContent('#add-result');
  if (!removed.startsWith('Unsubscribed: ')) throw new Error('removing the feed said: ' + removed);
  return summary;
});
