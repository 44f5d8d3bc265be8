// Dates in England's order wherever Cockpit shows one: the instance lists' start and end times, the
// history, incidents, jobs' due dates and variables. Cockpit 7.24 fixes its date formats in its own
// start-up code (the camDateFormat provider: 'normal' is YYYY-MM-DD[T]HH:mm:ss, 'long' reads
// "Thursday, February 3, 2019 10:00 AM") and, unlike Tasklist, does not read config.js's dateFormat.
// Custom scripts run after Cockpit's AngularJS module is declared and before it starts, so a config
// block added to that module now runs after Cockpit's own and its formats are the ones used.
// Times are the browser's clock, which in England is London time, with the clock change.
//
// Proved in Chromium by CockpitBrowserTest (src/browser-test/cockpit.js). On a Camunda upgrade that
// test says whether this still holds.

const ENGLAND = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'ddd D MMM YYYY, HH:mm',
  short: 'DD/MM/YYYY',
};

function cockpitModule() {
  try {
    return window.angular.module('cam.cockpit');
  } catch (notThere) {
    return null; // angular.module throws when no module of that name is declared
  }
}

const cockpit = window.angular ? cockpitModule() : null;
if (cockpit) {
  cockpit.config(['camDateFormatProvider', (formats) => {
    Object.entries(ENGLAND).forEach(([kind, format]) => formats.setDateFormat(format, kind));
  }]);
} else {
  // eslint-disable-next-line no-console
  console.error('england-dates.js: Cockpit\'s AngularJS module cam.cockpit was not found; dates keep Cockpit\'s own format');
}
