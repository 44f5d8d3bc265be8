// A team manager's oversight in Cockpit (issue 19): tom opens "Standards" from Cockpit's header, asks
// for a period and a profile, reads the figures per rule, opens the cases behind a rule's missed
// deadlines, opens one case in Cockpit and its "Child's journey" tab; paul (police) cannot get into
// Cockpit at all. Run by CockpitStandardsBrowserTest, which runs the year of cases and checks the lines.
//
//   node cockpit-standards.js --base-url http://localhost:8080 --from 2035-01-01 --to 2035-12-31 \
//     --profile oxfordshire --rule SD-01 --screenshots target/browser
//
// Prints one line per observation, read by the test:
//   RULE <rule> | <deadlines> | <missed> | <on time>      (every row of "On time by rule")
//   MONTH <month> | <deadlines> | <missed> | <on time>    (every row of "Trend by month")
//   CASE <case reference> | <child> | <step>              (the cases behind the rule's missed figure)
//   CSV <first line of the rule table's CSV>
//   OPENED <the process instance Cockpit shows, from its address>
//   JOURNEY <pathway> | <state> | <outcome>               (every process of the child on the tab)
//   CHRONOLOGY <from> | <what happened>                   (every line of the child's chronology)
//   PAUL <status of paul's Cockpit log-in> | <what the log-in page says>
'use strict';

const fs = require('node:fs');
const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'from', 'to', 'profile', 'rule', 'screenshots']);
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1400, height: 1200 });
  await tasklist.login(page, opts['base-url'], 'tom', 'tom-demo', { app: 'cockpit' });
  journey.step('tom logged in to Cockpit');

  // From Cockpit's header, as a manager finds it.
  await page.getByRole('link', { name: 'Standards', exact: true }).click();
  await page.locator('#sg-rules, .sg-refused').first().waitFor({ timeout: 60_000 });
  await page.locator('#sg-from').fill(opts.from);
  await page.locator('#sg-to').fill(opts.to);
  await page.locator('#sg-profile').selectOption(opts.profile);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.locator('#sg-rules table').waitFor();
  await page.locator('#sg-rules h3').filter({ hasText: `${opts.from.split('-').reverse().join('/')}` }).waitFor();
  journey.step('dashboard shown for the period');
  for (const row of await page.locator('#sg-rules tbody tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`RULE ${cells[0].trim()} | ${cells[2].trim()} | ${cells[3].trim()} | ${cells[4].trim()}`);
  }
  for (const row of await page.locator('#sg-months tbody tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`MONTH ${cells[0].trim()} | ${cells[1].trim()} | ${cells[2].trim()} | ${cells[3].trim()}`);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#sg-rules button.sg-csv').click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  console.log(`CSV ${csv.split('\r\n')[0]}`);
  await page.screenshot({ path: journey.screenshot('cockpit-standards.png'), fullPage: true });

  // The cases behind the rule's missed deadlines.
  const ruleRow = page.locator('#sg-rules tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${opts.rule}$`) }) });
  await ruleRow.locator('td').nth(2).getByRole('button').click();
  const cases = page.locator('#sg-cases tbody tr');
  await cases.first().waitFor();
  for (const row of await cases.all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`CASE ${cells[0].trim()} | ${cells[1].trim()} | ${cells[4].trim()}`);
  }
  await page.screenshot({ path: journey.screenshot('cockpit-standards-cases.png') });
  journey.step('cases behind the figure listed');

  // One case in Cockpit, and the child's journey there.
  await cases.first().locator('a.sg-case').click();
  await page.waitForURL(/#\/process-instance\/[^/]+\/runtime/);
  console.log(`OPENED ${/#\/process-instance\/([^/]+)\//.exec(page.url())[1]}`);
  await page.getByRole('link', { name: 'Child\'s journey' }).click();
  const processes = page.locator('#sg-journey-processes tbody tr');
  await processes.first().waitFor({ timeout: 30_000 });
  for (const row of await processes.all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`JOURNEY ${cells[0].trim()} | ${cells[1].trim()} | ${cells[2].trim()}`);
  }
  for (const row of await page.locator('#sg-journey-chronology tbody tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`CHRONOLOGY ${cells[1].trim()} | ${cells[2].trim()}`);
  }
  await page.screenshot({ path: journey.screenshot('cockpit-child-journey.png'), fullPage: true });
  journey.step('child\'s journey read');

  // Paul, a police officer, on a computer of his own: Cockpit's log-in refuses him.
  const police = await tasklist.newPage(journey, { locale: 'en-GB' });
  await police.goto(`${opts['base-url']}/camunda/app/cockpit/`, { waitUntil: 'networkidle' });
  await police.getByPlaceholder('Username').fill('paul');
  await police.getByPlaceholder('Password').fill('paul-demo');
  const [answer] = await Promise.all([
    police.waitForResponse((response) => response.url().includes('/login/cockpit')),
    police.getByRole('button', { name: 'Log in' }).click(),
  ]);
  const notice = police.locator('.notifications .alert, .notification, [role="alert"]').first();
  await notice.waitFor({ timeout: 10_000 }).catch(() => {});
  console.log(`PAUL ${answer.status()} | ${(await notice.count()) ? await text(notice) : ''}`);
  await police.screenshot({ path: journey.screenshot('cockpit-paul-refused.png') });
  journey.step('paul refused');
});
