// An authority's local timescales in Cockpit (issue 22): sunita, a service manager, opens "Local
// timescales" from Cockpit's header, chooses a profile, reads a rule beside national's, and changes it
// with the keyboard alone: first to something that is not a timescale ("soon"), which the server refuses
// with a message shown in the form, then to a real one with a reason, which shows the new value and its
// line in the history. tom, a team manager, reads the same page read-only, and the server refuses his
// change even when sent without the page. Run by CockpitLocalTimescalesBrowserTest, which checks the
// lines and the database.
//
//   node cockpit-local-timescales.js --base-url http://localhost:8080 --profile manchester --rule ICPC-01 \
//     --invalid soon --timescale "10 working days" --reason "Why" --from 2026-12-07 --screenshots target/browser
//
// Prints one line per observation, read by the test:
//   BEFORE <rule> | <standard> | <national> | <the profile's> | <set by>   (the rule's row before the change)
//   FOCUS <id of the field that has the focus once the change form opens>
//   REFUSED <the server's message shown in the form>
//   UNCHANGED <the rule's row after the refusal>
//   HISTORY-BEFORE <number of lines in the history before the change>
//   PREVIEW <pathway> | <step> | <national due> | <due under the change>   (the preview, before saving, of a
//          case whose every event is on --from)
//   CHANGED <the page's notice>
//   AFTER <the rule's row after the change>
//   HISTORY <version> | <rule> | <when> | <who> | <was> | <now> | <reason>   (the newest line)
//   HISTORY-AFTER <number of lines in the history after the change>
//   TOM-READ-ONLY <what the page says to tom>
//   TOM-BUTTONS <number of Change buttons tom sees>
//   TOM-ROW <the rule's row as tom reads it>
//   TOM-PUT <status> | <message> (tom's change sent as the page would send it)
//   AXE <where> | <rule> <impact> | <element> | <help>   (each serious or critical WCAG 2.2 AA violation on
//          the page, none expected: the refused change form, and tom's read-only page)
'use strict';

const tasklist = require('./tasklist');
const accessibility = require('./accessibility');

const opts = tasklist.options(['base-url', 'profile', 'rule', 'invalid', 'timescale', 'reason', 'from', 'screenshots']);
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function openProfile(page) {
  await page.getByRole('link', { name: 'Local timescales', exact: true }).click();
  await page.locator('#sg-lt-rules table, .sg-refused').first().waitFor({ timeout: 60_000 });
  await page.getByLabel('Standards profile', { exact: true }).selectOption(opts.profile);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  const name = await page.locator(`#sg-lt-profile option[value="${opts.profile}"]`).innerText();
  await page.locator('#sg-lt-rules h3', { hasText: name.trim() }).waitFor();
}

function ruleRow(page) {
  return page.locator('#sg-lt-rules tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${opts.rule}$`) }) });
}

async function row(page) {
  const cells = await ruleRow(page).locator('th, td').allInnerTexts();
  return cells.slice(0, 5).map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | ');
}

async function axe(page, where) {
  for (const violation of await accessibility.check(page, { include: '.sg-local-timescales' })) {
    for (const node of violation.nodes) {
      console.log(`AXE ${where} | ${violation.id} ${violation.impact} | ${node.target.join(' ')} | ${violation.help}`);
    }
  }
}

async function historyLines(page) {
  return page.locator('#sg-lt-changes tbody tr').count();
}

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1400, height: 1200 });
  await accessibility.prepare(page);
  await tasklist.login(page, opts['base-url'], 'sunita', 'sunita-demo', { app: 'cockpit' });
  journey.step('sunita logged in to Cockpit');

  await openProfile(page);
  console.log(`BEFORE ${await row(page)}`);
  console.log(`HISTORY-BEFORE ${await historyLines(page)}`);
  journey.step('profile shown');

  // The keyboard alone: the row's Change button, the timescale, the reason, Enter.
  await ruleRow(page).getByRole('button', { name: `Change ${opts.rule}` }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#sg-lt-timescale').waitFor();
  console.log(`FOCUS ${await page.evaluate(() => document.activeElement.id)}`);
  await page.keyboard.type(opts.invalid);
  await page.keyboard.press('Tab');
  await page.keyboard.type(opts.reason);
  await page.getByLabel('New timescale').press('Enter');
  const refused = page.locator('#sg-lt-error .sg-lt-refused');
  await refused.waitFor({ timeout: 30_000 });
  console.log(`REFUSED ${await text(refused)}`);
  console.log(`UNCHANGED ${await row(page)}`);
  await page.screenshot({ path: journey.screenshot('cockpit-local-timescales-refused.png'), fullPage: true });
  await axe(page, 'change refused');
  journey.step('invalid timescale refused');

  // The preview of the real one, before it is saved.
  await page.getByLabel('New timescale').fill(opts.timescale);
  await page.locator('#sg-lt-from').fill(opts.from);
  await page.getByRole('button', { name: 'Preview the due dates' }).click();
  await page.locator('#sg-lt-preview-steps table').waitFor({ timeout: 30_000 });
  for (const step of await page.locator('#sg-lt-preview-steps tbody tr').all()) {
    const cells = await step.locator('th, td').allInnerTexts();
    console.log(`PREVIEW ${cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | ')}`);
  }
  await page.locator('.sg-lt-change-form').screenshot({ path: journey.screenshot('cockpit-local-timescales-preview.png') });
  journey.step('change previewed');

  await page.getByLabel('New timescale').press('Enter');
  const changed = page.locator('#sg-lt-notice .sg-lt-changed');
  await changed.waitFor({ timeout: 30_000 });
  console.log(`CHANGED ${await text(changed)}`);
  console.log(`AFTER ${await row(page)}`);
  const newest = await page.locator('#sg-lt-changes tbody tr').first().locator('th, td').allInnerTexts();
  console.log(`HISTORY ${newest.map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | ')}`);
  console.log(`HISTORY-AFTER ${await historyLines(page)}`);
  await page.screenshot({ path: journey.screenshot('cockpit-local-timescales.png'), fullPage: true });
  await page.locator('#sg-lt-changes').screenshot({ path: journey.screenshot('cockpit-local-timescales-history.png') });
  journey.step('timescale changed');

  // tom, a team manager, on a computer of his own.
  const tom = await tasklist.newPage(journey, { locale: 'en-GB', width: 1400, height: 1000 });
  await accessibility.prepare(tom);
  await tasklist.login(tom, opts['base-url'], 'tom', 'tom-demo', { app: 'cockpit' });
  await openProfile(tom);
  console.log(`TOM-READ-ONLY ${await text(tom.locator('#sg-lt-read-only'))}`);
  console.log(`TOM-BUTTONS ${await tom.getByRole('button', { name: /^Change / }).count()}`);
  console.log(`TOM-ROW ${await row(tom)}`);
  await axe(tom, 'read-only');
  const answer = await tom.evaluate(async ({ profile, rule }) => {
    const token = decodeURIComponent((document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1]);
    const response = await fetch(`/camunda/api/safeguarding/standards/profiles/${profile}/rules/${rule}`, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token },
      body: JSON.stringify({ timescale: '5 working days', reason: 'Faster' }),
    });
    return `${response.status} | ${(await response.json()).message}`;
  }, { profile: opts.profile, rule: opts.rule });
  console.log(`TOM-PUT ${answer}`);
  await tom.screenshot({ path: journey.screenshot('cockpit-local-timescales-read-only.png'), fullPage: true });
  journey.step('tom reads it read-only');
});
