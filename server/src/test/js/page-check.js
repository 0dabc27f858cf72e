'use strict';
// The harness of the browser checks: launches headless Chromium, opens one page that records uncaught page errors,
// runs the check on it, fails if the page threw, prints "ok <what the check returned>", and always closes the
// browser; any failure is printed and exits with code 1.
const { chromium } = require('playwright-core');

function runPageCheck(executablePath, check) {
  (async () => {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('pageerror', e => errors.push(String(e)));
      const result = await check(page);
      if (errors.length > 0) throw new Error('page errors: ' + errors.join('; '));
      console.log('ok ' + result);
    } finally {
      await browser.close();
    }
  })().catch(e => {
    console.error(String(e && e.stack || e));
    process.exit(1);
  });
}

module.exports = { runPageCheck };
