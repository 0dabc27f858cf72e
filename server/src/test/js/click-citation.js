'use strict';
// Usage: node click-citation.js CHROMIUM_PATH STORY_URL SCREENSHOT_PATH
// Opens the story page, clicks the last summary citation and checks that its span in the article text is
// highlighted and scrolled into view. Prints "ok <citation> <highlighted text>" or fails with exit code 1.
const { runPageCheck } = require('./page-check');

const [executablePath, url, screenshot] = process.argv.slice(2);
runPageCheck(executablePath, async page => {
  await page.goto(url);
  await page.waitForSelector('#summary a.cite');
  const link = page.locator('#summary a.cite').last();
  const key = await link.getAttribute('data-span');
  const label = await link.textContent();
  await link.click();
  const active = page.locator('mark.active');
  await active.first().waitFor();
  const marks = await active.evaluateAll(ms => ms.map(m => m.dataset.spans));
  if (marks.length === 0 || !marks.every(s => s.split(' ').includes(key))) {
    throw new Error('clicked ' + key + ' but highlighted ' + JSON.stringify(marks));
  }
  const text = (await active.allTextContents()).join('');
  const [, start, end] = key.split(':').slice(-3).map(Number);
  if (text.length !== end - start) {
    throw new Error('highlighted ' + text.length + ' characters, span has ' + (end - start));
  }
  if (!(await active.first().isVisible()) || !(await active.first().evaluate(m => {
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }))) {
    throw new Error('highlighted span is not scrolled into view');
  }
  await page.screenshot({ path: screenshot });
  return label + ' ' + text;
});
