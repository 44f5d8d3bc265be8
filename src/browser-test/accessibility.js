// WCAG 2.2 AA by axe-core (npm axe-core, injected into every page), as the public sector accessibility
// regulations require of the forms and pages practitioners use. A check returns only the serious and
// critical violations, less the few in Camunda's own Tasklist markup that cannot be fixed without
// forking the webapp (EXCLUSIONS, each with its reason): our forms, scripts and styles have none.
'use strict';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IMPACTS = ['serious', 'critical'];

/**
 * Camunda's Tasklist markup that no user style, config.js or locale can put right. Each entry leaves
 * out only the named rules on elements inside the selector; everything else there is still checked.
 * Keep it short: an entry belongs here only when the fix would be a fork of the webapp.
 */
const EXCLUSIONS = [];

const found = new Map();

/** Injects axe-core into every document the page loads (Tasklist is one document; the log-in too). */
async function prepare(page) {
  await page.context().addInitScript({ path: require.resolve('axe-core/axe.min.js') });
}

/**
 * Puts axe-core into a page already open. Our own pages' content security policy refuses inline
 * scripts (operations/SecurityHeaders), as it should, so axe is evaluated through the browser's
 * debugging protocol, never added as a <script> element the policy would block.
 */
async function addTo(page) {
  await page.evaluate(require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
}

/**
 * Runs axe on the page, or on `include` (a selector) less `exclude` (selectors), with the WCAG 2.2
 * A/AA rules, and returns the serious and critical violations outside EXCLUSIONS.
 */
async function check(page, { include, exclude = [] } = {}) {
  const result = await page.evaluate(async ({ include, exclude, tags, impacts, exclusions }) => {
    // The page's own scripts name Tasklist's controls once per frame after it redraws them
    // (accessible-tasklist.js): let two frames pass, as a person would see the page, before judging it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const context = { exclude: exclude.map((selector) => [selector]) };
    if (include) context.include = [[include]];
    const { violations } = await window.axe.run(context.include || exclude.length ? context : document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const excluded = [];
    const kept = [];
    for (const violation of violations.filter((v) => impacts.includes(v.impact))) {
      const nodes = violation.nodes.filter((node) => {
        const element = document.querySelector(node.target[node.target.length - 1]);
        const rule = element && exclusions.find((e) => e.rules.includes(violation.id) && element.closest(e.selector));
        if (rule) excluded.push(`${rule.selector} ${violation.id}`);
        return !rule;
      });
      if (nodes.length) kept.push({ id: violation.id, impact: violation.impact, help: violation.help, nodes: nodes.map((n) => ({ target: n.target })) });
    }
    return { kept, excluded };
  }, { include, exclude, tags: TAGS, impacts: IMPACTS, exclusions: EXCLUSIONS });
  for (const key of result.excluded) found.set(key, (found.get(key) || 0) + 1);
  return result.kept;
}

/** One line per exclusion that hid something: "EXCLUDED <selector> <rule> <times>". */
function printExclusions() {
  for (const [key, times] of found) console.log(`EXCLUDED ${key} ${times}`);
}

module.exports = { TAGS, EXCLUSIONS, prepare, addTo, check, printExclusions };
