// A Camunda Form with a dynamic list (the SMART outcomes of a child in need plan, a core group's risk
// scaling, a conference's danger statements) can be completed in Tasklist once its rows are filled in.
//
// Why this is needed. Tasklist keeps Complete disabled while the form's "changed" event reports any
// key in its errors (Object.keys(errors).length), and form-js 1.x (the webjar's lib/deps.js), when a
// field inside a dynamic list is changed, records the field's result under [field id, row index]: a
// row whose field is valid leaves an empty list behind ({ Field_outcome_owner: [] }), never removed.
// Once any row's field has been touched, Complete stays disabled for good, with no message, however
// well the form is filled in. A field outside a list is not affected (its key is removed).
//
// How, without touching the webjar: the Form class is found by form-js.js (webpack's
// require, handed to a chunk pushed with a runtime function), and its state setter drops from the
// errors every entry that holds no error at all, before the "changed" event is sent. A real error in
// any row stays, so Complete is still disabled while one shows. The server's gates stay the authority.
//
// Proved in Chromium by PathwayJourneysBrowserTest (cin01_cin04: the plan's outcomes, two rows).

import { formClass } from './form-js.js';

/** True when `entry` (a field's error messages, or per row, per nested row...) holds a message. */
function holdsAnError(entry) {
  if (entry === undefined || entry === null) return false;
  if (typeof entry === 'string') return true;
  if (Array.isArray(entry)) {
    // A field's messages are strings; a repeated field's entry is one item per row.
    return entry.some(holdsAnError);
  }
  if (typeof entry === 'object') return Object.values(entry).some(holdsAnError);
  return true;
}

function withoutEmptyErrors(errors) {
  return Object.fromEntries(Object.entries(errors).filter(([, entry]) => holdsAnError(entry)));
}

const Form = formClass('sg-dynamic-lists', '_setState');
if (Form) {
  const setState = Form.prototype._setState;
  Form.prototype._setState = function setStateWithRealErrorsOnly(state) {
    const cleaned = state && state.errors ? { ...state, errors: withoutEmptyErrors(state.errors) } : state;
    return setState.call(this, cleaned);
  };
} else {
  // eslint-disable-next-line no-console
  console.error('dynamic-lists.js: form-js\'s Form class was not found in this Tasklist; a form with a dynamic list may not complete');
}
