#!/usr/bin/env node
// 行政回访 on a phone (390 px): an officer creates a visit, the party opens it with the code and answers the
// questionnaire (an incomplete answer first), then the live statistics — once with JavaScript off (a screenshot of every public step) and once
// with it on (axe-core on every step). Needs a service with a reviewer of any department.
// usage: node visit-flow.mjs --base URL --out DIR --user NAME --password PASSWORD
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = join(HERE, 'node_modules/axe-core/axe.min.js');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = opt('--base'); const out = opt('--out'); const user = opt('--user'); const password = opt('--password');
if (!base || !out || !user || !password) {
  console.error('usage: node visit-flow.mjs --base URL --out DIR --user NAME --password PASSWORD'); process.exit(2);
}
mkdirSync(out, { recursive: true });

let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };

async function create(browser) {
  const ctx = await browser.newContext({ ...PHONE });
  const page = await ctx.newPage();
  await page.goto(`${base}/review/login`);
  await page.fill('#username', user); await page.fill('#password', password);
  await Promise.all([page.waitForURL('**/review/'), page.locator('main button[type=submit]').click()]);
  await page.goto(`${base}/review/visits/new`);
  check(await page.inputValue('#officers') === '', 'officer: 承办的执法人员 is not filled with the login name');
  await page.fill('#case_label', '示市监处罚〔2026〕12号'); await page.check('input[name=outcome][value=punished]');
  await page.fill('#officers', '王五、赵六');
  await Promise.all([page.waitForURL('**/notice'), page.locator('main form button[type=submit]').click()]);
  const code = await page.locator('.reference strong').first().textContent();
  check(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code || ''), `officer: the notice shows the visit code (${code})`);
  await ctx.close();
  return code;
}

async function walk(browser, js, code) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js, bypassCSP: true });
  const page = await ctx.newPage();
  const mode = js ? 'js' : 'nojs';
  let n = 0;
  const step = async (name) => {
    n++;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      .catch(() => 0);
    check(overflow <= 1, `${mode} ${name}: no sideways scrolling at 390 px (${overflow}px)`);
    if (!js) await page.screenshot({ path: join(out, `visit-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
    if (js) {
      await page.addScriptTag({ path: AXE });
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, `${mode} ${name}: axe ${bad.map((v) => v.id).join(',') || 'clean'}`);
    }
  };
  const submit = async (form) => { await Promise.all([page.waitForLoadState(), page.locator(`${form} button[type=submit]`).click()]); };

  await page.goto(`${base}/`);
  check(await page.locator('.services a[href="/visits/"]').count() === 1
    && await page.locator('nav a[href="/visits/"]').count() === 1, `${mode} home: 行政回访 in 我要办 and the navigation`);
  await page.goto(`${base}/visits/`); await step('open');
  await page.waitForTimeout(2100);
  await page.fill('#code', code); await submit('form[action="/visits/"]');
  check(page.url().endsWith('/visits/answer'), `${mode} the code opens the questionnaire`);
  const kicker = await page.locator('main .kicker').first().textContent();
  check(kicker.includes('承办人员：王五、赵六') && !kicker.includes(user), `${mode} the party reads the officers' names, not a login name (${kicker})`);
  await step('questionnaire');
  await page.check('input[name=corrected][value=yes]'); await page.check('input[name=helped][value=explained]');
  await page.fill('#comments', '讲解清楚，态度很好'); await submit('form[action="/visits/answer"]');
  check(await page.locator('.error-summary a[href="#satisfaction"]').count() === 1, `${mode} a missing score is reported`);
  check(await page.inputValue('#comments') === '讲解清楚，态度很好' && await page.isChecked('input[name=helped][value=explained]'),
    `${mode} the typed answers are kept`);
  await step('questionnaire-error');
  await page.check('input[name=showed_id][value=yes]'); await page.check('input[name=explained_law][value=yes]');
  await page.check('input[name=improper][value=no]'); await page.check('input[name=satisfaction][value="5"]');
  await submit('form[action="/visits/answer"]');
  check((await page.content()).includes('感谢您的回答'), `${mode} the receipt is shown`);
  await step('receipt');
  await page.goto(`${base}/statistics/online/`);
  check(await page.locator('#h-satisfaction').count() === 1 && (await page.content()).includes('不足 5 份，不公布'),
    `${mode} the statistics show 满意度 only from 5 answers`);
  await step('statistics');
  await ctx.close();
}

const browser = await launchChromium();
try {
  await walk(browser, false, await create(browser));
  await walk(browser, true, await create(browser));
} catch (e) {
  check(false, `flow broke: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
