// form-js's Form class as the Tasklist webjar bundles it (webpack), for the scripts that must reach into
// a Camunda Form: server-drafts.js (a draft's values into the form) and dynamic-lists.js (the errors of a
// dynamic list's rows). The webjar exports nothing, so the class is found through webpack's require,
// handed to a chunk pushed with a runtime function, by the module that holds "FormPlayground" (57661 in
// 7.24). On a Camunda upgrade, PathwayJourneysBrowserTest and TasklistDraftsBrowserTest say whether it is
// still found.

/** The Form class, or null; {@code chunk} names the pushed chunk, {@code method} must be on its prototype. */
export function formClass(chunk, method) {
  const chunks = window.webpackChunkcamunda_bpm_webapp;
  if (!chunks) return null;
  let require = null;
  chunks.push([[`${chunk}-${Date.now()}`], {}, (webpackRequire) => {
    require = webpackRequire;
  }]);
  if (!require || !require.m) return null;
  const isForms = (id) => Function.prototype.toString.call(require.m[id]).includes('"FormPlayground"');
  const ids = Object.keys(require.m);
  const id = require.m[57661] && isForms(57661) ? 57661 : ids.find(isForms);
  const Form = id === undefined ? null : require(id).Form;
  return Form && Form.prototype && Form.prototype[method] ? Form : null;
}
