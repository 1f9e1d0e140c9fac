#!/usr/bin/env node
// A public questionnaire on a phone (390 px): from the home page in two taps (the navigation, then the questionnaire),
// an incomplete answer first (what was typed stays), then the answer and its receipt; a reviewer of the questionnaire's
// department then finds the free-text answer in the moderation queue and approves it — once with JavaScript off (a
// screenshot of every step) and once with it on (axe-core on every step). Needs a service with an open questionnaire
// whose questions are `role` (单选), `manyi` (评分) and `advice` (填空, optional), and a reviewer of its department.
// usage: node questionnaire-flow.mjs --base URL --out DIR --id QUESTIONNAIRE --user NAME --password PASSWORD
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = join(HERE, 'node_modules/axe-core/axe.min.js');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = opt('--base'); const out = opt('--out'); const id = opt('--id');
const user = opt('--user'); const password = opt('--password');
if (!base || !out || !id || !user || !password) {
  console.error('usage: node questionnaire-flow.mjs --base URL --out DIR --id QUESTIONNAIRE --user NAME --password PASSWORD');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const url = `/questionnaires/${id}/`;

let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };

async function walk(browser, js) {
  const mode = js ? 'js' : 'nojs';
  const advice = `希望多做事前指导（${mode}）`;
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js, bypassCSP: true });
  const page = await ctx.newPage();
  let n = 0;
  const step = async (name) => {
    n++;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      .catch(() => 0);
    check(overflow <= 1, `${mode} ${name}: no sideways scrolling at 390 px (${overflow}px)`);
    if (!js) await page.screenshot({ path: join(out, `questionnaire-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
    if (js) {
      await page.addScriptTag({ path: AXE });
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, `${mode} ${name}: axe ${bad.map((v) => v.id).join(',') || 'clean'}`);
    }
  };
  const submit = async (form) => { await Promise.all([page.waitForLoadState(), page.locator(`${form} button[type=submit]`).click()]); };

  await page.goto(`${base}/`);
  check(await page.locator('.services a[href="/questionnaires/"]').count() === 1, `${mode} home: 问卷调查 in 我要办`);
  const nav = page.locator('nav .nav a[href="/questionnaires/"]');
  const box = await nav.boundingBox();
  check(box !== null && box.x >= 0 && box.x + box.width <= 390 && box.height >= 44,
    `${mode} home: 问卷调查 in the navigation, on screen and a 44 px target (${JSON.stringify(box)})`);
  await Promise.all([page.waitForURL('**/questionnaires/'), nav.tap()]);
  await step('index');
  await Promise.all([page.waitForURL(`**${url}`), page.locator(`main a[href="${url}"]`).first().tap()]);
  check(new URL(page.url()).pathname === url, `${mode} two taps from the home page reach the questionnaire`);
  await step('questionnaire');

  // Every choice sits beside its words, inside one 44 px box, on a phone and (below) on a desktop screen.
  const besideItsWords = async (width) => {
    await page.setViewportSize({ width, height: 844 });
    const bad = await page.evaluate(() => [...document.querySelectorAll('.questionnaire-form fieldset label')].filter((l) => {
      const input = l.querySelector('input'); if (!input) return true;
      const b = l.getBoundingClientRect(); const i = input.getBoundingClientRect();
      const words = document.createRange(); words.selectNodeContents(l); words.setStartAfter(input);
      const w = words.getBoundingClientRect();
      return !(b.height >= 44 && i.top >= b.top && i.bottom <= b.bottom && w.left >= i.right
        && Math.abs((w.top + w.bottom) / 2 - (i.top + i.bottom) / 2) < 12);
    }).map((l) => l.textContent.trim()));
    check(bad.length === 0, `${mode} at ${width} px every choice sits beside its words in one 44 px box (${bad.join('、') || 'all'})`);
  };
  await besideItsWords(1366);
  await besideItsWords(390);

  await page.waitForTimeout(2100); // the form refuses a post sooner than 2 s after it was served
  await page.check('input[name=role][value="1"]'); await page.fill('#advice', advice);
  await submit(`form[action="${url}answers"]`);
  check(await page.locator('.error-summary a[href="#manyi"]').count() === 1, `${mode} an unanswered score is reported`);
  check(await page.inputValue('#advice') === advice && await page.isChecked('input[name=role][value="1"]'),
    `${mode} what was typed and chosen stays`);
  await step('questionnaire-error');
  await page.check('input[name=manyi][value="4"]');
  await submit(`form[action="${url}answers"]`);
  const reference = (await page.locator('.panel-confirm .reference strong').textContent().catch(() => '')) || '';
  check(/^WJ\d{8}-[2-9A-Z]{6}$/.test(reference), `${mode} the receipt shows its number (${reference})`);
  check(!(await page.content()).includes(advice), `${mode} the receipt does not show the answer`);
  await step('receipt');

  // The department's reviewer: the queue on the start page, the text, approved.
  await page.goto(`${base}/review/login`);
  await page.fill('#username', user); await page.fill('#password', password);
  await Promise.all([page.waitForURL('**/review/'), page.locator('main button[type=submit]').click()]);
  const row = await page.locator('table.queues tbody tr', { hasText: '问卷填空回答' }).innerText().catch(() => '');
  check(/问卷填空回答\s+[1-9]\d* 件/.test(row), `${mode} the start page counts the waiting text (${row.replace(/\s+/g, ' ')})`);
  await page.goto(`${base}/review/questionnaires/${id}`);
  const article = page.locator('article.comment', { hasText: advice });
  check(await article.count() === 1, `${mode} the reviewer reads the free-text answer`);
  await step('moderation');
  await article.locator('input[name=decision][value=approve]').check();
  await Promise.all([page.waitForLoadState(), article.locator('button[type=submit]').click()]);
  check(await page.locator('article.comment', { hasText: advice }).count() === 0, `${mode} the approved text leaves the queue`);
  await step('moderated');
  await ctx.close();
}

const browser = await launchChromium();
try {
  await walk(browser, false);
  await walk(browser, true);
} catch (e) {
  check(false, `flow broke: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
