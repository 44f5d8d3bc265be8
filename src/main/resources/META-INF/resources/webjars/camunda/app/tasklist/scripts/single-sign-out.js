// Signing out under single sign-on (identity/signin/SigningOut): after "Log out", Tasklist and Cockpit
// show their own log-in route (#/login), whose user name and password are of no use where people sign in
// through their agency's provider. Where the server says sign-in goes through providers, the browser goes
// to /signed-out instead: the server ends the provider's session there and says the person has signed out,
// with a way to sign in again. In the demo (no providers) the log-in route stays as it is.
// Loaded through Tasklist's and Cockpit's config.js (customScripts).

const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const serverRoot = appRoot.substring(0, appRoot.lastIndexOf('/'));

async function signedOut() {
  if (!window.location.hash.startsWith('#/login')) return;
  const answer = await fetch(`${serverRoot}/signed-out`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (answer.ok && (await answer.json()).singleSignOn) window.location.replace(`${serverRoot}/signed-out`);
}

window.addEventListener('hashchange', signedOut);
signedOut();
