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
// and, for a person whose checks include "signout" (checks are joined by '+'), after Tasklist's "Log out":
//   SIGNED-OUT <user> <the heading of the page the browser lands on>
//   SIGNED-IN-AGAIN <user> <password | no password>  (whether the provider asks for the password again)
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

    const checks = check.split('+');
    if (checks.includes('tasks')) await agencysTasks(page, journey, user);

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
    if (checks.includes('signout')) await signOutAndBackIn(page, journey, user, provider);
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

/**
 * Tasklist's "Log out", then "Sign in again" with the same provider: signed out at the provider too, the
 * provider asks for the password again instead of signing the person straight back in.
 */
async function signOutAndBackIn(page, journey, user, provider) {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('.task-filter').first().waitFor({ timeout: 60_000 });
  await page.locator('li.account > a.dropdown-toggle').click();
  await page.locator('li.logout a').click();
  const heading = page.getByRole('heading', { level: 1 });
  await page.waitForURL(/\/signed-out$/, { timeout: 60_000 });
  console.log(`SIGNED-OUT ${user} ${await heading.textContent()}`);
  journey.step(`${user} signed out`);
  await page.screenshot({ path: journey.screenshot(`sign-in-${user}-signed-out.png`) });
  await page.getByRole('link', { name: 'Sign in again' }).click();
  await page.getByRole('link', { name: provider, exact: true }).click();
  // The provider's form again, or (its session still alive) straight back into Tasklist.
  const asked = await Promise.race([
    page.locator('#password').waitFor().then(() => 'password'),
    page.locator('.task-filter').first().waitFor().then(() => 'no password'),
  ]);
  console.log(`SIGNED-IN-AGAIN ${user} ${asked}`);
}
