#!/usr/bin/env node
// Walks the credit-repair application as a business owner would, on a phone (375 px), once with JavaScript off
// (a screenshot of every step) and once with it on (axe-core on every step). Needs a service whose content has
// the credit rules, a department "scj" or the first one offered, and clock-independent data (the decision date
// is chosen 6 months back, a 一般 record).  usage: node credit-flow.mjs --base URL --out DIR
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = join(HERE, 'node_modules/axe-core/axe.min.js');
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
// A 1x1 PNG, written to disk so the file input has something real to send.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = opt('--base'); const out = opt('--out');
if (!base || !out) { console.error('usage: node credit-flow.mjs --base URL --out DIR'); process.exit(2); }
mkdirSync(out, { recursive: true });
const pngPath = join(out, 'receipt.png');
writeFileSync(pngPath, PNG);
const decided = new Date(Date.now() - 182 * 86400_000).toISOString().slice(0, 10);

let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };

async function walk(browser, js) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js, bypassCSP: true });
  const page = await ctx.newPage();
  let n = 0;
  const step = async (name) => {
    n++;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      .catch(() => 0);
    check(overflow <= 1, `${js ? 'js' : 'nojs'} ${name}: no sideways scrolling (${overflow}px)`);
    if (!js) await page.screenshot({ path: join(out, `credit-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
    if (js) {
      await page.addScriptTag({ path: AXE });
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(bad.length === 0, `js ${name}: axe ${bad.map((v) => v.id).join(',') || 'clean'}`);
    }
  };
  const submit = async () => { await Promise.all([page.waitForLoadState(), page.locator('main button[type=submit]').last().click()]); };

  await page.goto(`${base}/credit/`); await step('start');
  await page.locator('main form[action="/credit/apply"] button').click(); await page.waitForURL('**/credit/apply/record');
  // The eligibility facts come first: one who cannot apply hears it now, before any personal detail or file.
  await step('record');
  check(await page.locator('input[name=record_class][value=unknown]').count() === 1, `${js ? 'js' : 'nojs'} 失信信息类别 offers 不知道／不确定`);
  await page.check('input[name=record_class][value=一般]'); await page.check('input[name=corrected][value=yes]');
  await page.check('input[name=obligations_performed][value=no]'); await submit();
  check(page.url().endsWith('/credit/apply/verdict') && (await page.textContent('main h1')).includes('目前不能申请'),
    `${js ? 'js' : 'nojs'} an unpaid fine is told at once (${page.url()})`);
  await step('verdict');
  await page.locator('main a[href="/credit/apply/record"]').first().click(); await page.waitForURL('**/credit/apply/record');
  await page.check('input[name=record_class][value=一般]'); await page.check('input[name=corrected][value=yes]');
  await page.check('input[name=obligations_performed][value=yes]'); await submit();
  await step('decision');
  await page.fill('#decision_number', '示市监处罚〔2026〕3号'); await page.fill('#decision_date', decided); await submit();
  await step('company');
  await page.fill('#company_name', '示例市某某商贸有限公司'); await submit();
  await page.fill('#credit_code', '91350100M000100Y4Z'); await submit();
  check(await page.locator('.error-summary').count() === 1, `${js ? 'js' : 'nojs'} a wrong check character is reported`);
  await step('code-error');
  await page.fill('#credit_code', '91350100M000100Y43'); await submit();
  await step('department');
  check(await page.locator('#department optgroup').count() > 1, `${js ? 'js' : 'nojs'} departments are grouped by region`);
  await page.selectOption('#department', { index: 1 }); await submit();
  await step('contact');
  await page.fill('#contact_name', '王五'); await page.fill('#contact_phone', '0591-12345678'); await submit();
  await step('files');
  await page.setInputFiles('#file', pngPath);
  await Promise.all([page.waitForLoadState(), page.locator('form[enctype] button').click()]);
  await step('files-uploaded');
  await page.locator('a.button').click(); await page.waitForURL('**/credit/apply/commitment');
  await step('commitment');
  await page.check('#commit'); await submit();
  await step('check');
  await submit();
  const ref = await page.locator('.reference strong').first().textContent().catch(() => '');
  check(/^XF\d{8}-[2-9A-Z]{6}$/.test(ref || ''), `${js ? 'js' : 'nojs'} confirmation shows a reference (${ref})`);
  await step('confirmation');
  const code = await page.locator('.reference strong').nth(1).textContent();
  await page.reload({ waitUntil: 'load' });
  check(await page.locator('.reference strong').first().textContent() === ref
    && await page.locator('.reference strong').nth(1).textContent() === code,
    `${js ? 'js' : 'nojs'} a reload of the receipt shows the reference and query code again`);
  await page.goto(`${base}/credit/status`); await step('status-form');
  await page.fill('#reference', ref); await page.fill('#code', code); await submit();
  check((await page.content()).includes('已提交'), `${js ? 'js' : 'nojs'} the status page shows 已提交`);
  await step('status');
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
