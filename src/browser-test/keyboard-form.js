// A task done with the keyboard alone (WCAG 2.2 AA, 2.1.1 Keyboard): the team manager opens his
// "Convene strategy discussion" task from a link and from then on only presses Tab, Space, Enter and
// types. He reaches Claim and presses Enter; tabs into the form, types the date as DD/MM/YYYY, chooses
// "Meeting" and the three agencies with Space, and completes with Enter. Every stop of the focus in
// the form is printed with the name a screen reader announces for it, so the test can check that every
// field has a label and that the focus can be seen.
//
// Run by TasklistFormsBrowserTest, which sets up the case and checks the engine afterwards.
//
//   node keyboard-form.js --base-url http://localhost:PORT --user tom --password tom-demo \
//     --task-id ID --date 07/12/2026 --screenshots target/browser
//
// Prints AXE <where> | <rule> <impact> | <element> | <help> for a serious or critical WCAG 2.2 AA
// violation on the task before it is claimed, FOCUS <role> | <accessible name> | <focus visible: yes/no> for each stop in the task's view,
// CLAIMED <task id>, SUBMITTED <json>, COMPLETED <task id>; exits 1 with "FAILED: ..." if a control cannot be
// reached or the task is not completed.
'use strict';

const tasklist = require('./tasklist');
const accessibility = require('./accessibility');

const opts = tasklist.options(['base-url', 'user', 'password', 'task-id', 'date', 'screenshots']);

/** What to do at each stop, by the field's name; every other stop is passed with Tab. */
const ANSWERS = {
  'Date of the strategy discussion': async (page) => page.keyboard.type(opts.date),
  Meeting: async (page) => page.keyboard.press('Space'),
  "Children's social care (allocated social worker)": async (page) => page.keyboard.press('Space'),
  Police: async (page) => page.keyboard.press('Space'),
  Health: async (page) => page.keyboard.press('Space'),
};
/** Tab presses allowed to reach a control: Tasklist's header, filters and list come first. */
const MAX_TABS = 200;

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1280, height: 1200 });
  await accessibility.prepare(page);
  await tasklist.login(page, opts['base-url'], opts.user, opts.password);
  await tasklist.filterNamed(page, "My agency's tasks").waitFor();
  // A link to the task, as an e-mail or a colleague would send it.
  await page.evaluate((taskId) => { window.location.hash = `#/?task=${taskId}`; }, opts['task-id']);
  await page.locator('.task-details .fjs-form-field').first().waitFor();
  journey.step('task open');
  // Before Claim, Tasklist shows the form greyed out: as readable as the claimed one.
  for (const violation of await accessibility.check(page)) {
    for (const node of violation.nodes) console.log(`AXE unclaimed task | ${violation.id} ${violation.impact} | ${node.target.join(' ')} | ${violation.help}`);
  }

  // From the top of the page, Tab to Claim and press Enter.
  await page.locator('body').evaluate((body) => { document.activeElement?.blur(); body.focus(); });
  await tabTo(page, (stop) => stop.role === 'button' && stop.name === 'Claim', 'Claim');
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${opts['task-id']}/claim`) && response.ok()),
    page.keyboard.press('Enter'),
  ]);
  console.log(`CLAIMED ${opts['task-id']}`);
  // Claimed, Tasklist draws the form again, editable.
  await page.locator('.task-details .fjs-form-field .fjs-input:not([disabled])').first().waitFor();
  journey.step('claimed by keyboard');

  // Into the form, then through it: answer what the journey answers, Tab past the rest, up to Complete.
  await page.locator('body').evaluate((body) => { document.activeElement?.blur(); body.focus(); });
  await tabTo(page, (stop) => stop.inForm, 'the first field of the form');
  for (let presses = 0; ; presses++) {
    if (presses > MAX_TABS) throw new Error('Complete not reached by Tab');
    const stop = await focused(page);
    if (stop.inTask) console.log(`FOCUS ${stop.role} | ${stop.name} | ${stop.focusVisible ? 'yes' : 'no'}`);
    if (stop.role === 'button' && stop.name === 'Complete') break;
    const answer = stop.inForm && ANSWERS[stop.name];
    if (answer) await answer(page);
    await page.keyboard.press('Tab');
  }
  await page.screenshot({ path: journey.screenshot('keyboard-form.png') });
  const [submitted] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${opts['task-id']}/submit-form`)),
    page.keyboard.press('Enter'),
  ]);
  console.log(`SUBMITTED ${submitted.request().postData()}`);
  if (submitted.status() !== 204) throw new Error(`submit-form answered ${submitted.status()}: ${await submitted.text()}`);
  await page.locator(`.tasks-list a[href="#/?task=${opts['task-id']}"]`).waitFor({ state: 'detached' });
  console.log(`COMPLETED ${opts['task-id']}`);
  journey.step('completed by keyboard');
}, { limitMs: 120_000 });

/** Presses Tab until the focused control is `wanted`; fails after MAX_TABS presses. */
async function tabTo(page, wanted, what) {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`${what} cannot be reached with Tab`);
}

/**
 * The focused element as assistive technology sees it: its role, its accessible name (label, aria
 * label, text), whether it is in the task's view and in the form, and whether the focus can be seen
 * on it (an outline or a shadow that is not there without the focus).
 */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { role: 'none', name: '' };
    const tag = element.tagName.toLowerCase();
    const type = (element.getAttribute('type') || '').toLowerCase();
    const role = element.getAttribute('role')
      || (tag === 'input' && ['radio', 'checkbox'].includes(type) ? type : null)
      || ({ a: 'link', button: 'button', textarea: 'textbox', select: 'combobox', input: 'textbox' })[tag] || tag;
    const labelled = element.getAttribute('aria-labelledby');
    const name = (element.getAttribute('aria-label')
      || (labelled && labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' '))
      || (element.labels && [...element.labels].map((label) => label.textContent).join(' '))
      || (['a', 'button'].includes(tag) && element.textContent)
      || element.getAttribute('title') || '').replace(/\*\s*$/, '').replace(/\s+/g, ' ').trim();
    // The focus can be seen when the control, or the frame around it, looks different with it than
    // without it: blur, compare, and give the focus back as the keyboard had it.
    const frame = element.closest('.fjs-input-group') || element;
    const looks = () => [element, frame].map((e) => {
      const style = getComputedStyle(e);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.borderColor, style.backgroundColor].join();
    }).join('|');
    const withFocus = looks();
    element.blur();
    const withoutFocus = looks();
    element.focus({ focusVisible: true, preventScroll: true });
    const focusVisible = withFocus !== withoutFocus;
    return {
      role,
      name,
      inTask: !!element.closest('.task-details'),
      inForm: !!element.closest('.task-details .fjs-container'),
      focusVisible,
    };
  });
}
