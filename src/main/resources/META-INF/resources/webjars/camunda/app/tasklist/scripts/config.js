// Tasklist's configuration for this service. Tasklist imports this file (an ES module) at
// /camunda/app/tasklist/scripts/config.js; ours is on the classpath before the Camunda webjar, so it
// replaces the webjar's default config.js without touching the webjar. On a Camunda upgrade compare
// with the new webjar's config.js (META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js)
// for new keys; the shortcuts below are copied from it unchanged.
//
// Practitioners see the authority and the service, not the vendor. Tasklist shows
// "<vendor> <name>" in the header and the page title, and <name> on the log-in page.
// Each installation writes its own authority's name here (docs/operations.md, "Tasklist").

export default {
  app: {
    vendor: 'Northshire Council',
    name: "Children's safeguarding",
  },

  // Dates in England's order wherever Tasklist itself shows one (moment.js formats): the task list's
  // and task header's tooltips on created, due and follow-up ('long'), variables and history values
  // ('normal'). Tasklist's defaults (LLL, LLLL) read "February 3, 2019 10:00 AM". A due date is a
  // working day, so its weekday helps. Times are the browser's clock, which in England is London time.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'ddd D MMM YYYY, HH:mm',
    short: 'DD/MM/YYYY',
  },

  // English only: the forms, the filters and the guides are written in English.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en',
  },

  // Loaded (as ES modules, relative to /camunda/app/tasklist/) before Tasklist starts.
  // england-dates: every Camunda Form's date field reads and takes DD/MM/YYYY, whatever the
  // browser's language, and refuses a date that does not exist instead of rolling it over.
  // server-drafts: Save keeps a draft on the server for the task (restored when it opens, on any
  // computer, for whoever works it next), a changed form is saved by itself, and the practitioner is
  // warned before the session ends.
  // child-case-link: "Child's case" beside a task's actions opens the child's case in one view
  // (a Tasklist plugin at the plugin point tasklist.task.action).
  // accessible-tasklist: Tasklist's icon-only controls get the names a screen reader announces.
  // dynamic-lists: a form with a dynamic list (rows of outcomes, scales, statements) can be completed.
  // single-sign-out: under single sign-on, "Log out" signs out at the agency's provider too.
  customScripts: ['scripts/england-dates', 'scripts/server-drafts', 'scripts/child-case-link', 'scripts/accessible-tasklist',
    'scripts/dynamic-lists', 'scripts/single-sign-out'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
