// A manager in Cockpit: the service's name, no vendor banner, and England's dates wherever Cockpit
// shows one, in a browser whose language is American English. Run by CockpitBrowserTest, which starts
// a strategy discussion (so that its instance and its first task exist) and checks the engine.
//
//   node cockpit.js --base-url http://localhost:8080 --user tom --password tom-demo \
//     --definition-id <process definition id> --instance-id <process instance id> --case-reference CR-... \
//     --screenshots target/browser
//
// Prints one line per observation, read by the test:
//   TITLE <page title>  BRAND <name in the header>  BANNER in page <n>, visible <n>
//   STARTED <the instance's start time in the definition's list of instances>
//   TASK <activity> | <created> | <due>  (the instance's user tasks, as its "User Tasks" tab shows them)
'use strict';

const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'user', 'password', 'definition-id', 'instance-id', 'case-reference', 'screenshots']);
const BANNER_TEXT = 'It is time to migrate';
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-US', width: 1400, height: 1000 });
  await tasklist.login(page, opts['base-url'], opts.user, opts.password, { app: 'cockpit' });
  const brand = page.locator('.navbar-brand .brand-name');
  await brand.waitFor();
  journey.step('logged in to Cockpit');

  console.log(`TITLE ${await page.title()}`);
  console.log(`BRAND ${(await brand.textContent()).trim()}`);
  const bannerVisible = await page.getByText(BANNER_TEXT).filter({ visible: true }).count();
  const bannerInPage = await page.locator('.ce-eol-banner').count();
  console.log(`BANNER in page ${bannerInPage}, visible ${bannerVisible}`);

  // The pathway's instances, searched by the child's case reference (the business key), as a manager
  // finds one child among many.
  const cockpit = `${opts['base-url']}/camunda/app/cockpit/default/`;
  await page.goto(`${cockpit}#/process-definition/${opts['definition-id']}/runtime`);
  await page.getByPlaceholder('Add criteria').first().click();
  await page.getByRole('option', { name: 'Business Key', exact: true }).first().click();
  const valueField = page.locator('.search-container .value-field').first();
  const valueInput = valueField.locator('input').first();
  // A new criterion opens its value for typing, unless the instance list redraws under it (seen in CI,
  // the criterion left as "??"): then it is opened as a manager would, by clicking its "??".
  await valueInput.waitFor({ timeout: 3000 }).catch(() => valueField.click());
  await valueInput.fill(opts['case-reference']);
  await page.keyboard.press('Enter');
  const row = page.locator('tr', { has: page.locator(`td.instance-id a[title="${opts['instance-id']}"]`) });
  await row.waitFor();
  console.log(`STARTED ${await text(row.locator('td.start-time'))}`);
  await page.screenshot({ path: journey.screenshot('cockpit-instances.png') });
  journey.step('instances listed');

  // The instance's user tasks: when each was created, when it is due.
  await page.goto(`${cockpit}#/process-instance/${opts['instance-id']}/runtime?tab=user-tasks-tab`);
  const tasks = page.locator('table.user-tasks tbody tr');
  await tasks.first().waitFor();
  for (const task of await tasks.all()) {
    console.log(`TASK ${await text(task.locator('td.activity'))} | ${await text(task.locator('td.created'))} | ${await text(task.locator('td.due'))}`);
  }
  await page.screenshot({ path: journey.screenshot('cockpit-user-tasks.png') });
  journey.step('user tasks read');
});
