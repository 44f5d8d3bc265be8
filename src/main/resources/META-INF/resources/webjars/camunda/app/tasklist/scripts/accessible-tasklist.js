// Tasklist's own controls, named for a screen reader (WCAG 2.2 AA, 4.1.2 Name, Role, Value): the
// public sector accessibility regulations apply to every page practitioners use, not only to our forms.
//
// Why this is needed. Tasklist 7.24 draws several controls as an icon alone: the buttons that fold the
// filters, the list and the task away, the full-width button, Unclaim (an "x"), the filter's pencil,
// the sort order arrow, the due date's reset, the applications menu (a house), the link to the process
// in Cockpit, the arrow that shows a card's variables. A screen reader announces them as "button" or "link" with no name, and axe-core counts
// each as a critical or serious violation. "Copy link" is not even reachable by keyboard. The search
// field takes ARIA attributes of a combobox without saying it is one.
//
// How, without touching the webjar: Tasklist imports this module before it starts, because
// scripts/config.js lists it under customScripts. It watches the page (Tasklist redraws its views
// all the time) and gives each such control the name a sighted user reads from its icon or tooltip.
// A control that already has a name is left alone, so a Camunda upgrade that names them itself wins.
// Colours and sizes are in styles/user-styles.css.
//
// Proved by TasklistFormsBrowserTest (src/browser-test/every-form.js): axe-core on the task list, a
// task and the start dialog. On a Camunda upgrade, that test says which control has lost its name.

/** Icon-only controls and what they do, by a selector that names the control, not its looks. */
const NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Show or hide the list of tasks'],
  ['button.region-toggle[data-region="task"]', 'Show or hide the task'],
  ['button.maximize', 'Show the task across the whole page'],
  ['button.reset-regions', 'Show the filters and the list again'],
  ['.app-switch > .dropdown-toggle', 'Other applications'],
  ['.new-sort > .dropdown-toggle', 'Add sorting'],
  ['.stored-criteria > .dropdown-toggle', 'Saved searches'],
  ['a.instance-link', 'Open the process in Cockpit'],
];

/** The search field: a text box with a list of suggestions, as its ARIA attributes already say. */
const SEARCH_FIELD = 'input.main-field[aria-autocomplete]';

function hasName(element) {
  return visibleText(element) || ['aria-label', 'aria-labelledby', 'title'].some((name) => element.hasAttribute(name));
}

/** Text a screen reader reads: a hidden span (Bootstrap's hidden-md on a narrow column) does not count. */
function visibleText(element) {
  return [...element.childNodes].some((node) => (node.nodeType === Node.TEXT_NODE && node.textContent.trim())
    || (node.nodeType === Node.ELEMENT_NODE && node.getClientRects().length && node.textContent.trim()));
}

function name() {
  for (const [selector, label] of NAMES) {
    for (const element of document.querySelectorAll(selector)) {
      if (!hasName(element)) element.setAttribute('aria-label', label);
    }
  }
  // "Copy link" is an <a> without href: no role, out of the tab order. Make it the button it is.
  for (const copy of document.querySelectorAll('[cam-widget-clipboard] a:not([href]):not([role])')) {
    copy.setAttribute('role', 'button');
    copy.setAttribute('tabindex', '0');
    copy.addEventListener('keydown', pressOnEnterOrSpace);
  }
  // Icon-only controls with a tooltip (Unclaim, Filter details, the sort order, Copy link): the
  // tooltip's words. Kept in step with it, because the sort order's tooltip changes with the order.
  for (const element of document.querySelectorAll('a[href][uib-tooltip], a[role="button"][uib-tooltip], button[uib-tooltip]')) {
    const tooltip = element.getAttribute('uib-tooltip').trim();
    const own = element.getAttribute('aria-label');
    if (tooltip && (own === null ? !visibleText(element) : element.dataset.sgNamedByTooltip === 'true' && own !== tooltip)) {
      element.setAttribute('aria-label', tooltip);
      element.dataset.sgNamedByTooltip = 'true';
    }
  }
  // A card with the trays' variables (child, case) folds them under an arrow, an icon with an href
  // inside the tooltip's element: the tooltip's words ("Show more", "Show less"), and a keyboard.
  for (const arrow of document.querySelectorAll('.shutter[uib-tooltip] > [href]')) {
    const tooltip = arrow.parentElement.getAttribute('uib-tooltip').trim();
    if (tooltip && arrow.getAttribute('aria-label') !== tooltip) arrow.setAttribute('aria-label', tooltip);
    if (!arrow.hasAttribute('role')) {
      arrow.setAttribute('role', 'button');
      arrow.setAttribute('tabindex', '0');
      arrow.addEventListener('keydown', pressOnEnterOrSpace);
    }
  }
  for (const field of document.querySelectorAll(SEARCH_FIELD)) {
    if (!field.hasAttribute('role')) field.setAttribute('role', 'combobox');
  }
}

function pressOnEnterOrSpace(event) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    event.currentTarget.click();
  }
}

// Named as soon as Angular has drawn them, before anything else runs: the observer's callback comes
// once per batch of changes, and Tasklist redraws the list by itself every few seconds, so naming
// them a frame later left a moment in which a screen reader (or axe-core) met unnamed links. Our own
// changes (names, roles) are not watched, so they do not call it again.
const observer = new MutationObserver(() => name());

function start() {
  name();
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['uib-tooltip'] });
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start);
