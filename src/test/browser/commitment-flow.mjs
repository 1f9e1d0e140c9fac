#!/usr/bin/env node
// 告知承诺 on a phone (390 px): an officer signs in and issues a commitment, then the party opens it with the code
// and the ID's last six characters, signs (a wrong attempt first each time), uploads a photo and opens the print
// page — once with JavaScript off (a screenshot of every public step) and once with it on (axe-core on every step).
// Needs a service with a reviewer whose department has a list.
// usage: node commitment-flow.mjs --base URL --out DIR --user NAME --password PASSWORD
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = join(HERE, 'node_modules/axe-core/axe.min.js');
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = opt('--base'); const out = opt('--out'); const user = opt('--user'); const password = opt('--password');
if (!base || !out || !user || !password) {
  console.error('usage: node commitment-flow.mjs --base URL --out DIR --user NAME --password PASSWORD'); process.exit(2);
}
mkdirSync(out, { recursive: true });
const pngPath = join(out, 'corrected.png');
writeFileSync(pngPath, PNG);

let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };

/** The officer issues a commitment (JavaScript on, phone width too) and returns its code. */
async function issue(browser, tail) {
  const ctx = await browser.newContext({ ...PHONE });
  const page = await ctx.newPage();
  await page.goto(`${base}/review/login`);
  await page.fill('#username', user); await page.fill('#password', password);
  await Promise.all([page.waitForURL('**/review/'), page.locator('main button[type=submit]').click()]);
  await page.goto(`${base}/review/commitments/new`);
  await page.fill('#party_name', '示例市某某便利店'); await page.fill('#id_tail', tail);
  await page.check('input[name=basis][value=item]'); await page.selectOption('#item_id', { index: 1 });
  await page.fill('#facts', '检查发现该店未在经营场所醒目位置公示营业执照。');
  await page.fill('#correction', '在经营场所醒目位置公示营业执照'); await page.fill('#deadline_days', '5');
  await Promise.all([page.waitForURL('**/notice'), page.locator('main form button[type=submit]').click()]);
  const code = await page.locator('.reference strong').first().textContent();
  check(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code || ''), `officer: the notice shows the party's code (${code})`);
  await ctx.close();
  return code;
}

async function walk(browser, js, code, tail) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js, bypassCSP: true });
  const page = await ctx.newPage();
  const mode = js ? 'js' : 'nojs';
  let n = 0;
  const step = async (name) => {
    n++;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      .catch(() => 0);
    check(overflow <= 1, `${mode} ${name}: no sideways scrolling at 390 px (${overflow}px)`);
    if (!js) await page.screenshot({ path: join(out, `commitment-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
    if (js) {
      await page.addScriptTag({ path: AXE });
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, `${mode} ${name}: axe ${bad.map((v) => v.id).join(',') || 'clean'}`);
    }
  };
  const submit = async (form) => { await Promise.all([page.waitForLoadState(), page.locator(`${form} button[type=submit]`).click()]); };

  await page.goto(`${base}/`);
  check(await page.locator('.services a[href="/commitments/"]').count() === 1
    && await page.locator('nav a[href="/commitments/"]').count() === 1, `${mode} home: 告知承诺 in 我要办 and the navigation`);
  await page.goto(`${base}/commitments/`); await step('open');
  await page.waitForTimeout(2100); // the form refuses a post sooner than 2 s after it was served
  await page.fill('#code', code); await page.fill('#id_tail', '999999'); await submit('form[action="/commitments/"]');
  check(await page.locator('.error-summary a[href="#code"]').count() === 1, `${mode} a wrong tail is reported at the code`);
  check(await page.inputValue('#code') === code, `${mode} the typed code is kept`);
  await step('open-error');
  await page.waitForTimeout(2100);
  await page.fill('#id_tail', tail); await submit('form[action="/commitments/"]');
  check(page.url().endsWith('/commitments/view'), `${mode} the right code and tail open the commitment`);
  check((await page.content()).includes('第三十三条'), `${mode} the commitment cites 《行政处罚法》第三十三条`);
  await step('commitment');
  await page.fill('#signed_name', '张三');
  for (const i of [1, 2, 3]) await page.check(`#promise_${i}`);
  await submit('form[action="/commitments/sign"]');
  check(await page.locator('.error-summary a[href="#promise_4"]').count() === 1, `${mode} an unticked promise is reported`);
  check(await page.inputValue('#signed_name') === '张三', `${mode} the typed name is kept`);
  await step('sign-error');
  await page.check('#promise_4'); await submit('form[action="/commitments/sign"]');
  check((await page.content()).includes('签署回执'), `${mode} the signing receipt is shown`);
  await step('signed');
  await page.setInputFiles('#file', pngPath); await submit('form[action="/commitments/files"]');
  check((await page.content()).includes('corrected.png'), `${mode} the uploaded photo is listed`);
  await step('uploaded');
  await page.goto(`${base}/commitments/print`);
  check((await page.content()).includes('张三'), `${mode} the print page shows the signature`);
  await step('print');
  await ctx.close();
}

const browser = await launchChromium();
try {
  await walk(browser, false, await issue(browser, '00100Y'), '00100Y');
  await walk(browser, true, await issue(browser, '12345X'), '12345X');
} catch (e) {
  check(false, `flow broke: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
