// The team manager's team tray in Cockpit (issue 19, TR-01): tom opens "Team tray" from Cockpit's header,
// reads each worker's open tasks, caseload, due and overdue counts, opens one worker's tasks, gives one
// task to sam with a reason (first trying without one, which the page does not send), and sees it leave
// the worker's list and sam's count go up. Run by CockpitTeamTrayBrowserTest, which sets up the case and
// checks the lines and the engine.
//
//   node cockpit-team-tray.js --base-url http://localhost:8080 --worker tw1abc --case CR-1 \
//     --task "Update the case summary" --to sam --reason "Why" --screenshots target/browser
//
// Prints one line per observation, read by the test:
//   BEFORE <user id> | <open tasks> | <caseload> | <due within 5 working days> | <overdue>   (every worker, and
//          the unassigned work with an empty user id)
//   TASK <task> | <case> | <pathway>                  (the worker's tasks)
//   MOVED <the page's notice>
//   AFTER <user id> | <open tasks> | <caseload> | <due within 5 working days> | <overdue>
//   LEFT <task> | <case>                              (the worker's tasks after the move)
'use strict';

const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'worker', 'case', 'task', 'to', 'reason', 'screenshots']);
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function workers(page, label) {
  for (const row of await page.locator('#sg-team tbody tr').all()) {
    const userId = await row.locator('button.sg-worker').getAttribute('data-worker');
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`${label} ${userId} | ${cells.slice(1, 5).map((c) => c.trim()).join(' | ')}`);
  }
}

async function tasks(page, label) {
  const rows = page.locator('#sg-tray-tasks tbody tr');
  for (const row of await rows.all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    console.log(`${label} ${cells[0].trim()} | ${cells[1].trim()}${label === 'TASK' ? ` | ${cells[3].trim()}` : ''}`);
  }
}

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1400, height: 1200 });
  await tasklist.login(page, opts['base-url'], 'tom', 'tom-demo', { app: 'cockpit' });
  journey.step('tom logged in to Cockpit');

  await page.getByRole('link', { name: 'Team tray', exact: true }).click();
  await page.locator('#sg-team table, .sg-refused').first().waitFor({ timeout: 60_000 });
  await workers(page, 'BEFORE');
  await page.screenshot({ path: journey.screenshot('cockpit-team-tray.png'), fullPage: true });
  journey.step('team tray read');

  await page.locator(`#sg-team button.sg-worker[data-worker="${opts.worker}"]`).click();
  await page.locator('#sg-tray-tasks').waitFor();
  await tasks(page, 'TASK');
  const row = page.locator('#sg-tray-tasks tbody tr', { has: page.locator('th', { hasText: opts.task }) })
    .filter({ hasText: opts.case });
  await row.getByRole('button', { name: 'Reassign task' }).click();
  await page.locator('#sg-move-to').selectOption(opts.to);
  // Without a reason the form is not sent: the browser asks for one (the server would refuse it too).
  await page.locator('.sg-move-form button[type="submit"]').click();
  if (!(await page.locator('#sg-move-reason').evaluate((field) => field.validity.valueMissing))) {
    throw new Error('the reason is not required on the page');
  }
  await page.locator('#sg-move-reason').fill(opts.reason);
  await page.screenshot({ path: journey.screenshot('cockpit-team-tray-reassign.png'), fullPage: true });
  await page.locator('.sg-move-form button[type="submit"]').click();
  const notice = page.locator('#sg-tray-notice .sg-moved');
  await notice.waitFor({ timeout: 30_000 });
  console.log(`MOVED ${await text(notice)}`);
  journey.step('task reassigned');

  await page.locator('#sg-tray-tasks').waitFor();
  await workers(page, 'AFTER');
  await tasks(page, 'LEFT');
  await page.screenshot({ path: journey.screenshot('cockpit-team-tray-moved.png'), fullPage: true });
  journey.step('tray read again');
});
