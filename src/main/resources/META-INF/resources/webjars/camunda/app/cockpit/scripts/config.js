// Cockpit's configuration for this service: what managers see when they follow the pathways' process
// instances, incidents and overdue work. Cockpit imports this file (an ES module) at
// /camunda/app/cockpit/scripts/config.js; ours is on the classpath before the Camunda webjar, so it
// replaces the webjar's default config.js. On a Camunda upgrade compare with the new webjar's
// config.js (META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js) for new keys.
//
// The authority's name, as in Tasklist's config.js (docs/operations.md, "The service's name").

export default {
  app: {
    vendor: 'Northshire Council',
    name: "Children's safeguarding oversight",
  },

  // English only, as the diagrams, the forms and the guides are.
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en',
  },

  // Loaded (as ES modules, relative to /camunda/app/cockpit/) before Cockpit starts.
  // england-dates: every date Cockpit shows reads DD/MM/YYYY HH:mm. Cockpit 7.24, unlike Tasklist,
  // ignores this file's dateFormat key, so the script sets the formats itself.
  // single-sign-out (Tasklist's): under single sign-on, "Log out" signs out at the agency's provider too.
  customScripts: ['scripts/england-dates', '../tasklist/scripts/single-sign-out'],
};
