// Work trays in Tasklist (issue 16, item 3), run by TasklistTraysBrowserTest: for each user given,
// logs in and prints what the trays show. One line per observation, "<user> <WHAT> ...", so that the
// JUnit test compares them with the engine:
//   DEFAULT   the tray Tasklist opened by itself
//   COUNTS    every tray with the count beside it
//   CARD      each card of the test's cases in the open tray: task | child | case | agency | due, and
//             whether it is highlighted as overdue
//   BYCHILD   the case references of the test's cards, in the order the By child tray lists them
//   CREATE    how many "Create task" actions are visible
//   ORDER     the open tray's order as the page says it, and how many of Tasklist's sort controls show
// The cases' references all start with --prefix, so the test's cards are told from the other tests'.
'use strict';

const { options, runJourney, launchChromium, newPage, login } = require('./tasklist');

const args = options(['base-url', 'users', 'prefix', 'screenshots']);
// --users paul:paul-demo,sarah:sarah-demo
const users = args.users.split(',').map((pair) => pair.split(':'));

/** The test's cards in the open tray, once the plugin has added the agency and due date to each. */
async function cardsOfTheTest(page) {
  await page.waitForFunction((prefix) => {
    const cards = [...document.querySelectorAll('.tasks-list li.task')];
    return cards.length > 0 && cards.every((card) => card.querySelector('.sg-card-facts .sg-due')
      && card.querySelector('.sg-card-facts .sg-due').textContent)
      && cards.some((card) => card.textContent.includes(prefix));
  }, args.prefix, { timeout: 20_000 });
  return page.evaluate((prefix) => [...document.querySelectorAll('.tasks-list li.task')].map((card) => {
    const variable = (label) => {
      const item = [...card.querySelectorAll('.variable-item')]
        .find((row) => row.querySelector('.variable-label') && row.querySelector('.variable-label').textContent.trim().startsWith(label));
      return item ? item.querySelector('.variable-value').textContent.trim() : '';
    };
    return {
      task: card.querySelector('h4.task a').textContent.trim(),
      child: variable('Child'),
      reference: variable('Case'),
      agency: card.querySelector('.sg-agency').textContent.trim(),
      due: card.querySelector('.sg-due').textContent.trim(),
      overdue: card.classList.contains('sg-overdue'),
      colour: getComputedStyle(card).borderLeftColor,
    };
  }).filter((card) => card.reference.startsWith(prefix)), args.prefix);
}

/** The open tray's own order, where Tasklist's sort control was, once the plugin has put it there. */
async function trayOrder(page, user) {
  const note = page.locator('.sg-tray-order');
  await note.waitFor();
  const controls = await page.locator('[cam-sorting-choices]').evaluateAll((items) =>
    items.filter((item) => item.offsetParent !== null).length);
  console.log(`${user} ORDER ${(await note.textContent()).trim()} | sort controls ${controls}`);
}

async function openTray(page, name) {
  await page.locator('.task-filter h4.name a', { hasText: name }).first().click();
  await page.waitForFunction((tray) => {
    const active = document.querySelector('.task-filter.active h4.name a');
    return active && active.textContent.trim().startsWith(tray);
  }, name);
}

runJourney(args.screenshots, async (journey) => {
  await launchChromium(journey);
  for (const [user, password] of users) {
    const page = await newPage(journey, { locale: 'en-GB' });
    journey.step(`${user} logs in`);
    await login(page, args['base-url'], user, password);
    await page.waitForSelector('.task-filter.active h4.name a');
    const opened = (await page.locator('.task-filter.active h4.name a').evaluate((link) =>
      [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim()));
    console.log(`${user} DEFAULT ${opened}`);

    await page.waitForFunction(() => {
      const trays = document.querySelectorAll('.task-filter');
      return trays.length > 0 && [...trays].every((tray) => tray.querySelector('.sg-filter-count'));
    });
    const counts = await page.evaluate(() => [...document.querySelectorAll('.task-filter')].map((tray) => {
      const link = tray.querySelector('h4.name a');
      const name = [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
      return `${name}=${tray.querySelector('.sg-filter-count').textContent.trim()}`;
    }));
    console.log(`${user} COUNTS ${counts.join('; ')}`);

    journey.step(`${user} reads the cards of ${opened}`);
    for (const card of await cardsOfTheTest(page)) {
      console.log(`${user} CARD ${card.task} | ${card.child} | ${card.reference} | ${card.agency} | ${card.due} | `
        + `${card.overdue ? `overdue ${card.colour}` : 'not overdue'}`);
    }
    await page.screenshot({ path: journey.screenshot(`trays-${user}.png`) });
    const create = await page.locator('.create-task-action').evaluateAll((items) =>
      items.filter((item) => item.offsetParent !== null).length);
    console.log(`${user} CREATE ${create}`);
    await trayOrder(page, user);

    journey.step(`${user} opens By child`);
    await openTray(page, 'By child');
    const byChild = await cardsOfTheTest(page);
    console.log(`${user} BYCHILD ${byChild.map((card) => card.reference).join(', ')}`);
    await page.waitForFunction(() => {
      const note = document.querySelector('.sg-tray-order');
      return note && note.textContent.startsWith('Child by child');
    });
    await trayOrder(page, user);
    await page.screenshot({ path: journey.screenshot(`trays-by-child-${user}.png`) });
    await page.context().close();
  }
});
