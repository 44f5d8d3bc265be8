// Who has looked at a child's record, as the people involved would meet it (issue 19, point 4):
//  1. paul (police) opens his agency's task of the child in Tasklist: its form is shown;
//  2. fiona (front door, children's social care, no work for the child) opens the child's case page by
//     its address: the page asks why first; she says why and the case opens;
//  3. tom (team manager) opens the child's case page: "Who has looked at this child" lists paul's
//     opening of the form and fiona's read with her reason;
//  4. tom opens the child's journey in Cockpit: the same reads under the journey.
//
// Run by AccessAuditBrowserTest, with TZ=Europe/London, which checks the lines against the database:
//   FORM <the task's name as Tasklist heads its form>
//   ASKED <the dialog's heading> | <its words>, AXE <rule> <impact> <nodes>, AXE-SERIOUS <n serious or critical>, OPENED <the case page's h1 after the reason>,
//   LOOKED <when> | <who> | <how> | <what> | <reason>     (one per row on tom's case page)
//   COCKPIT <when> | <who> | <how> | <what> | <reason>    (one per row in Cockpit's journey tab)
//
//   node access-audit.js --base-url http://localhost:PORT --task-id ID --case-reference CR-1 \
//     --process-instance PID --screenshots target/browser
//
// Exits 0 when every page was read, 1 with a "FAILED: ..." line and failure.png otherwise.
// Screenshots: access-form.png, access-reason.png, access-case-page.png, access-cockpit.png.
'use strict';

const tasklist = require('./tasklist');
const accessibility = require('./accessibility');

const opts = tasklist.options(['base-url', 'task-id', 'case-reference', 'process-instance', 'screenshots']);
const REASON = 'A new contact about her brother: checking what is known';

async function rows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) =>
    [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));
}

tasklist.runJourney(opts.screenshots, async (journey) => {
  const base = opts['base-url'];
  const casePage = `${base}/child-case.html?case=${encodeURIComponent(opts['case-reference'])}`;
  await tasklist.launchChromium(journey);

  // 1. Paul opens the form of his agency's task.
  const paul = await tasklist.newPage(journey, { locale: 'en-GB' });
  await tasklist.login(paul, base, 'paul', 'paul-demo');
  const [formVariables] = await Promise.all([
    paul.waitForResponse((response) => response.url().includes(`/task/${opts['task-id']}/form-variables`), { timeout: 30_000 }),
    tasklist.openTask(paul, { filter: "My agency's tasks", caseReference: opts['case-reference'], taskId: opts['task-id'] }),
  ]);
  if (!formVariables.ok()) throw new Error(`the form's variables answered ${formVariables.status()}`);
  await paul.getByLabel("Child's name").first().waitFor({ timeout: 30_000 });
  console.log(`FORM ${(await paul.locator('.task-details .names h2').textContent()).trim()}`);
  await paul.screenshot({ path: journey.screenshot('access-form.png') });
  journey.step('paul opened the form');

  // 2. Fiona, with no work for the child, is asked why before the case opens.
  const fiona = await tasklist.newPage(journey, { locale: 'en-GB' });
  await tasklist.login(fiona, base, 'fiona', 'fiona-demo');
  await fiona.goto(casePage);
  const dialog = fiona.getByRole('dialog');
  await dialog.waitFor();
  console.log(`ASKED ${(await dialog.locator('h2').textContent()).trim()} | ${(await fiona.locator('#reason-why').textContent()).trim()}`);
  // The dialog against WCAG 2.2 AA with axe-core, as the case page itself (case-page.js).
  await accessibility.addTo(fiona);
  const axe = await fiona.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  for (const violation of axe.violations) console.log(`AXE ${violation.id} ${violation.impact} ${violation.nodes.length}`);
  console.log(`AXE-SERIOUS ${axe.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).length}`);
  await fiona.getByLabel('Your reason').fill(REASON);
  await fiona.screenshot({ path: journey.screenshot('access-reason.png') });
  await fiona.getByRole('button', { name: 'Open the record' }).click();
  await fiona.locator('#case').waitFor({ state: 'visible' });
  console.log(`OPENED ${(await fiona.locator('#child-name').textContent()).trim()}`);
  journey.step('fiona said why and read the case');

  // 3. Tom, a team manager, sees who has looked on the child's case page.
  const tom = await tasklist.newPage(journey, { locale: 'en-GB', height: 1400 });
  await tasklist.login(tom, base, 'tom', 'tom-demo');
  await tom.goto(casePage);
  await tom.locator('#access-section').waitFor({ state: 'visible' });
  for (const cells of await rows(tom, '#access')) console.log(`LOOKED ${cells.join(' | ')}`);
  await tom.locator('#access-section').scrollIntoViewIfNeeded();
  await tom.screenshot({ path: journey.screenshot('access-case-page.png'), fullPage: true });
  journey.step('tom read who has looked on the case page');

  // 4. And in Cockpit, under the child's journey.
  const cockpit = await tasklist.newPage(journey, { locale: 'en-GB', height: 1400 });
  await tasklist.login(cockpit, base, 'tom', 'tom-demo', { app: 'cockpit' });
  await cockpit.goto(`${base}/camunda/app/cockpit/default/#/process-instance/${encodeURIComponent(opts['process-instance'])}/runtime?tab=child-journey`);
  const looked = cockpit.locator('#sg-who-has-looked tbody tr');
  await looked.first().waitFor({ timeout: 30_000 });
  for (const cells of await rows(cockpit, '#sg-who-has-looked')) console.log(`COCKPIT ${cells.join(' | ')}`);
  await cockpit.locator('#sg-who-has-looked').scrollIntoViewIfNeeded();
  await cockpit.screenshot({ path: journey.screenshot('access-cockpit.png'), fullPage: true });
  journey.step('tom read who has looked in Cockpit');
});
