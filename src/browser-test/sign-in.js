// Single sign-on (issue 23): each person signs in through their own agency's identity provider, from
// the choice of providers the application offers, with no password of the application's. Run by
// identity/signin/SignInBrowserTest, whose providers and directory run inside the test.
//
//   node sign-in.js --base-url http://localhost:18104 --case-reference CR-... --screenshots target/browser \
//     --people "pc-patel:Northshire Police:pc-patel-sso:tasks,tina:Northshire Council:tina-sso:cockpit,..."
//
// For each person (user id, the provider's name on the choice, password at the provider, and whether to
// read their agency's tasks or only try Cockpit), prints:
//   SIGNED-IN <user> <the user Tasklist shows as signed in>
//   TASKS <user> <ids of the tasks of the case in "My agency's tasks", comma-separated>
//   COCKPIT <user> <dashboard | refused>  (Cockpit's dashboard, or its 403)
'use strict';

const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'case-reference', 'people', 'screenshots']);
const base = opts['base-url'];

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  for (const person of opts.people.split(',')) {
    const [user, provider, password, check] = person.split(':');
    // A computer of their own: nobody's session carries over to the next person.
    const page = await tasklist.newPage(journey, { locale: 'en-GB' });
    await page.goto(`${base}/camunda/app/tasklist/default/`);
    // The application's choice of providers, then the provider's own sign-in form.
    await page.getByRole('link', { name: provider, exact: true }).click();
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.task-filter').first().waitFor({ timeout: 60_000 });
    journey.step(`${user} signed in through ${provider}`);
    const me = await page.evaluate(async () => (await (await fetch('/camunda/api/admin/auth/user/default')).json()).userId);
    console.log(`SIGNED-IN ${user} ${me}`);

    if (check === 'tasks') await agencysTasks(page, journey, user);

    // Camunda's webapps answer 403 for an app the person's groups may not open.
    const cockpit = await page.goto(`${base}/camunda/app/cockpit/default/`);
    if (cockpit.status() === 403) {
      console.log(`COCKPIT ${user} refused`);
    } else {
      await page.waitForURL(/#\/dashboard/, { timeout: 60_000 });
      await page.locator('.navbar-brand').first().waitFor();
      console.log(`COCKPIT ${user} dashboard`);
    }
    journey.step(`${user} in Cockpit`);
    await page.context().close();
  }
});

/** The ids of the case's tasks in the person's "My agency's tasks". */
async function agencysTasks(page, journey, user) {
  await tasklist.filterNamed(page, "My agency's tasks").click();
  await page.getByPlaceholder('Filter Tasks').click();
  await page.getByRole('option', { name: 'Process Instance Business Key' }).click();
  await page.locator('.search-container .value-field input').fill(opts['case-reference']);
  // The list is the case's once Tasklist's search by the case reference has answered and been drawn.
  const searched = page.waitForResponse((response) => response.request().method() === 'POST'
    && (response.request().postData() || '').includes(opts['case-reference']));
  await page.keyboard.press('Enter');
  await searched;
  await page.waitForLoadState('networkidle');
  const cards = page.locator('.tasks-list a[href^="#/?task="]');
  await cards.first().waitFor();
  const ids = [];
  for (const link of await cards.all()) {
    ids.push((await link.getAttribute('href')).substring('#/?task='.length));
  }
  console.log(`TASKS ${user} ${ids.join(',')}`);
  await page.screenshot({ path: journey.screenshot(`sign-in-${user}.png`) });
}
