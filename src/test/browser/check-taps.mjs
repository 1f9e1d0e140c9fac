#!/usr/bin/env node
// Counts the taps the exemption check takes on a phone, the way a careful first-time user would go: from the empty
// form, top to bottom, answer every question on show once (each radio question one tap on its label, a date one tap;
// the optional tick boxes left empty), the item confirmed as theirs (是), the list's conditions all 符合, an organisation, a first, corrected act with
// minor harm on 2026-03-02, then 查看结果. Questions that appear or vanish on the way are followed as they do. Also
// prints the height of the form and of the answer page, and saves screenshots at 390 and 1366 px.
// usage: node check-taps.mjs --base http://127.0.0.1:PORT --out DIR ITEM_ID...
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
// The answer chosen for each question (conditions: 符合).
const CHOICE = { fits: 'yes', minor: 'yes', first: 'yes', corrected: 'yes', harm: 'minor', emergency: 'no', nofault: 'no',
  field: 'general', supplier: 'yes', inspected: 'yes', party: 'org', continuing: 'no', lifeOrFinance: 'no' };
const DATES = { actDate: '2026-03-02', foundDate: '2026-04-01' };

function args(argv) {
  const o = { items: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base' || argv[i] === '--out') o[argv[i].slice(2)] = argv[++i];
    else o.items.push(argv[i]);
  }
  if (!o.base || !o.out || !o.items.length) {
    console.error('usage: node check-taps.mjs --base URL --out DIR ITEM_ID...');
    process.exit(2);
  }
  return o;
}

// The next question on show that has not been dealt with: its name and kind, or null.
async function next(page, done) {
  return page.evaluate((doneNames) => {
    for (const f of document.querySelectorAll('#check-form .check-question')) {
      if (f.hidden || !f.checkVisibility()) continue;
      const input = f.querySelector('input:not([disabled])');
      if (!input || doneNames.includes(input.name)) continue;
      return { name: input.name, type: input.type };
    }
    return null;
  }, done);
}

async function walk(page) {
  const done = [];
  let taps = 0;
  for (let q = await next(page, done); q; q = await next(page, done)) {
    done.push(q.name);
    if (q.type === 'radio') {
      let value = /^c\d+$/.test(q.name) ? 'yes' : CHOICE[q.name];
      const label = page.locator(`label[for="q-${q.name}-${value}"]`);
      if (!value || !(await label.isVisible())) {
        value = await page.$eval(`#field-${q.name}`, (f) =>
          [...f.querySelectorAll('input')].find((i) => !i.disabled && i.parentNode.offsetParent !== null).value);
      }
      await page.click(`label[for="q-${q.name}-${value}"]`);
      taps++;
    } else if (q.type === 'date' && DATES[q.name]) {
      await page.fill(`#q-${q.name}`, DATES[q.name]);
      await page.dispatchEvent(`#q-${q.name}`, 'change');
      taps++;
    }
  }
  return { taps, asked: done.length };
}

async function height(page) {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

async function one(browser, o, item, js) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js });
  const page = await ctx.newPage();
  await page.goto(`${o.base}/check/${item}`, { waitUntil: 'load' });
  const formHeight = await height(page);
  const tag = `${item}-390-${js ? 'js' : 'nojs'}`;
  await page.screenshot({ path: join(o.out, `${tag}-form.png`), fullPage: true });
  const { taps, asked } = await walk(page);
  if (js) {
    await page.click('#check-form button[type=submit]');
    await page.waitForSelector('#answer h2', { timeout: 10000 });
  } else {
    await Promise.all([page.waitForNavigation(), page.click('#check-form button[type=submit]')]);
  }
  const heading = (await page.textContent('#answer h2')).trim();
  const answerHeight = await height(page);
  await page.screenshot({ path: join(o.out, `${tag}-answer.png`), fullPage: true });
  const answerUrl = page.url();
  await ctx.close();
  return { item, js, questionsOnShow: asked, taps: taps + 1, formHeight, answerHeight, heading, answerUrl };
}

async function desktop(browser, o, item, answerUrl) {
  const ctx = await browser.newContext(DESKTOP);
  const page = await ctx.newPage();
  await page.goto(`${o.base}/check/${item}`, { waitUntil: 'load' });
  await page.screenshot({ path: join(o.out, `${item}-1366-form.png`), fullPage: true });
  await page.goto(answerUrl, { waitUntil: 'load' });
  const h = await height(page);
  await page.screenshot({ path: join(o.out, `${item}-1366-answer.png`), fullPage: true });
  await ctx.close();
  return h;
}

async function main() {
  const o = args(process.argv.slice(2));
  o.base = o.base.replace(/\/+$/, '');
  mkdirSync(o.out, { recursive: true });
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const item of o.items) {
      for (const js of [true, false]) {
        const r = await one(browser, o, item, js);
        if (js) r.answerHeight1366 = await desktop(browser, o, item, r.answerUrl);
        rows.push(r);
        console.log(`${item} ${js ? 'js  ' : 'nojs'} taps ${r.taps} (questions on show ${r.questionsOnShow}), form ${r.formHeight} px, `
          + `answer ${r.answerHeight} px${js ? `, answer at 1366 ${r.answerHeight1366} px` : ''}: ${r.heading}`);
      }
    }
  } finally { await browser.close(); }
  writeFileSync(join(o.out, 'check-taps.json'), JSON.stringify(rows, null, 2));
}

main().catch((e) => { console.error(e.stack || e); process.exit(1); });
