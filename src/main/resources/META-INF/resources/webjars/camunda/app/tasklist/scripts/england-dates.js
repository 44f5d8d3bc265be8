// Every date field of every Camunda Form in Tasklist reads and takes dates the English way,
// DD/MM/YYYY, whatever the browser's language; a date that does not exist is refused with a message,
// never stored as another day.
//
// Why this is needed. Camunda Forms (form-js 1.8, in the webjar's lib/deps.js) builds its date
// picker's format from `new Intl.DateTimeFormat("default")`, i.e. the BROWSER's language: in an en-US
// browser a child born on 3 February 2019 reads 2/3/2019, and 03/02/2019 typed in is stored as
// 2019-03-02. The picker (flatpickr) also rolls an impossible date over instead of refusing it, as
// JavaScript's Date does: read day first, 31/02/2019 would be 3 March 2019; in an en-US browser,
// read month first, it became 2/7/2021 (month 31 of 2019).
//
// How, without touching the webjar: Tasklist imports this module before it starts, because
// scripts/config.js lists it under customScripts.
//   1. Intl's *default* locale becomes en-GB: a DateTimeFormat asked for no locale or "default" is
//      made for en-GB. form-js then derives dd/mm/yyyy (placeholder) and d/m/Y (picker) by itself.
//      A caller that names a locale gets that locale.
//   2. Each date picker reads typed text strictly as DD/MM/YYYY, through flatpickr's documented
//      `parseDate` option on the instance flatpickr keeps on its input (`input._flatpickr`). Text that
//      is not a real day in the field's range is refused: flatpickr then empties the field's value
//      (never another day), the text stays for the practitioner to correct, and a message under the
//      field says what is wrong.
//   3. While such a message shows, Tasklist's Complete and Start buttons (and the form's own submit)
//      do nothing but take the practitioner to the field, so an optional date is not dropped unseen.
// The server's own date checks stay the authority: REST clients never run this script.
//
// Proved in a real (en-US) Chromium by TasklistDatesBrowserTest (src/browser-test/strategy-discussion-dates.js).
// On a Camunda upgrade, that test says whether form-js still behaves as described here.

const ENGLAND = 'en-GB';
/** flatpickr's tokens for DD/MM/YYYY. */
const PICKER_FORMAT = 'd/m/Y';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
/** Tasklist's own buttons that submit a form: a task's Complete, the start form's Start. */
const SUBMIT_BUTTONS = 'button[ng-click="complete()"], button[ng-click="startProcessInstance()"]';
const PROBLEM = 'sg-date-problem';

// --- 1. Intl's default locale --------------------------------------------------------------------

const BrowsersDateTimeFormat = Intl.DateTimeFormat;

function orEngland(locales) {
  const unnamed = locales === undefined || locales === 'default'
    || (Array.isArray(locales) && (locales.length === 0 || locales[0] === 'default'));
  return unnamed ? ENGLAND : locales;
}

// A Proxy, not a subclass: static methods (supportedLocalesOf), the prototype and instanceof stay the
// browser's own; only the locale argument of a call or `new` changes.
Intl.DateTimeFormat = new Proxy(BrowsersDateTimeFormat, {
  construct: (target, [locales, options], newTarget) =>
    Reflect.construct(target, [orEngland(locales), options], newTarget),
  apply: (target, self, [locales, options]) => Reflect.apply(target, self, [orEngland(locales), options]),
});

// --- 2. Reading a typed date -----------------------------------------------------------------------

/**
 * The day the practitioner typed, or what is wrong with it. Only DD/MM/YYYY (one-digit day or month
 * too, since 3/2/2019 can mean nothing else here); a day or month out of range is an error, never
 * carried over into the next month as JavaScript's Date and flatpickr would.
 */
function readEnglishDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) {
    return { problem: `"${text.trim()}" is not a date written as DD/MM/YYYY: for 3 February 2019 type 03/02/2019.` };
  }
  const [day, month, year] = match.slice(1).map(Number);
  if (month < 1 || month > 12) {
    return { problem: `${text.trim()} is not a date: there is no month ${month}. Type the day first, then the month: DD/MM/YYYY.` };
  }
  const daysInMonth = new Date(year, month, 0).getDate();
  if (day < 1 || day > daysInMonth) {
    return { problem: `${text.trim()} is not a date: ${MONTHS[month - 1]} ${year} has ${daysInMonth} days.` };
  }
  return { date: new Date(year, month - 1, day) };
}

function asEnglish(date) {
  const two = (number) => String(number).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** form-js limits every date field to 1900 on (and some to today on); flatpickr would drop the rest silently. */
function outOfRange(date, { minDate, maxDate }) {
  const day = (limit) => new Date(limit.getFullYear(), limit.getMonth(), limit.getDate());
  if (minDate && date < day(minDate)) {
    return `${asEnglish(date)} is too early: this field takes ${asEnglish(minDate)} or later.`;
  }
  if (maxDate && date > day(maxDate)) {
    return `${asEnglish(date)} is too late: this field takes ${asEnglish(maxDate)} or earlier.`;
  }
  return null;
}

// --- the message under a field -------------------------------------------------------------------

/** The text each field last refused: the one to put back, even if an earlier refusal's timer fires late. */
const refusedText = new WeakMap();

function field(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function showProblem(input, problem) {
  const container = field(input);
  let message = container.querySelector(`:scope > .${PROBLEM}`);
  if (!message) {
    message = document.createElement('div');
    // form-js's own error class, so the message looks like form-js's "Field is required."
    message.className = `fjs-form-field-error ${PROBLEM}`;
    message.id = `${input.id}-england-date`;
    message.setAttribute('role', 'alert');
    container.appendChild(message);
  }
  message.textContent = problem;
  input.setAttribute('aria-invalid', 'true');
  const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!described.includes(message.id)) {
    input.setAttribute('aria-describedby', [...described, message.id].join(' '));
  }
}

function clearProblem(input) {
  const message = field(input).querySelector(`:scope > .${PROBLEM}`);
  refusedText.delete(input);
  if (message) {
    message.remove();
    input.removeAttribute('aria-invalid');
  }
}

// --- each date picker ----------------------------------------------------------------------------

const guarded = new WeakSet();

function guard(input) {
  const picker = input._flatpickr;
  if (!picker || guarded.has(picker)) return;
  guarded.add(picker);
  // Belt and braces: should form-js ever stop deriving the format from Intl's default locale, the
  // picker still shows and takes DD/MM/YYYY (the placeholder would then be the one thing left wrong).
  if (picker.config.dateFormat !== PICKER_FORMAT) picker.set('dateFormat', PICKER_FORMAT);
  // Weeks in England start on Monday; flatpickr's default calendar starts on Sunday.
  picker.set('locale', { firstDayOfWeek: 1 });
  // flatpickr calls this for every text it is asked to read: Enter, leaving the field, clicking
  // elsewhere while the calendar is open. Returning nothing makes it empty the field's value.
  picker.config.parseDate = (text) => {
    const typed = String(text);
    const read = readEnglishDate(typed);
    const problem = read.problem || outOfRange(read.date, picker.config);
    // Only text in the field is the practitioner's; flatpickr also reads its own settings (minDate).
    const fromTheField = typed.trim() === input.value.trim();
    if (problem) {
      if (fromTheField) refuse(input, typed, problem);
      return undefined;
    }
    if (fromTheField) clearProblem(input);
    return read.date;
  };
}

function refuse(input, typed, problem) {
  // At once, so that a click on Complete that made flatpickr read the text is already held back.
  showProblem(input, problem);
  refusedText.set(input, typed.trim());
  // flatpickr empties the text with the value, and form-js, re-rendering after the next frame, may
  // have it emptied once more (when the field held a good date before). Put the practitioner's text
  // back after that, so that they see what they typed beside the message; twice, in case the page was
  // slow. Never while they are back in the field: an empty field is then their own doing.
  const restore = () => {
    if (input.isConnected && input.value === '' && document.activeElement !== input && refusedText.has(input)) {
      input.value = refusedText.get(input);
    }
  };
  setTimeout(restore, 150);
  setTimeout(restore, 600);
}

function guardAll(root) {
  if (root.querySelectorAll) root.querySelectorAll('.fjs-datepicker input').forEach(guard);
}

// flatpickr is created in an effect after form-js inserts the input; it then wraps the input,
// which is a mutation too, so the observer sees every picker once it exists.
new MutationObserver((mutations) => {
  for (const mutation of mutations) mutation.addedNodes.forEach(guardAll);
}).observe(document.documentElement, { childList: true, subtree: true });

// A practitioner cannot type into a field without focusing it first: the surest moment to guard.
window.addEventListener('focusin', (event) => {
  if (event.target.matches && event.target.matches('.fjs-datepicker input')) guard(event.target);
}, true);

// A day picked in the calendar does not go through parseDate: clear the message when the field
// changes to a good date.
window.addEventListener('change', (event) => {
  const input = event.target;
  if (input.matches && input.matches('.fjs-datepicker input') && readEnglishDate(input.value).date) {
    clearProblem(input);
  }
}, true);

// A practitioner who empties the field withdraws the date: an empty field is never read, so clear the
// message here, or an optional date could not be left out any more. Only their own typing counts
// (isTrusted): flatpickr announces its own emptying of a refused text with an input event too.
window.addEventListener('input', (event) => {
  const input = event.target;
  if (event.isTrusted && input.matches && input.matches('.fjs-datepicker input') && input.value.trim() === '') {
    clearProblem(input);
  }
}, true);

// --- 3. No submission past a refused date ----------------------------------------------------------

function holdBack(event) {
  const message = document.querySelector(`.${PROBLEM}`);
  if (!message) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const input = message.parentElement.querySelector('.fjs-datepicker input');
  message.scrollIntoView({ block: 'center' });
  if (input) {
    input.focus();
    // Focus opens the calendar, which would cover the message: the practitioner corrects the text.
    if (input._flatpickr) input._flatpickr.close();
  }
}

window.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest(SUBMIT_BUTTONS)) holdBack(event);
}, true);

window.addEventListener('submit', (event) => {
  if (event.target.matches && event.target.matches('.fjs-form')) holdBack(event);
}, true);
