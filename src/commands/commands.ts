/**
 * The manifest's FunctionFile (commands.html). The ribbon button only opens the task
 * pane, so there are no function commands yet; Office still requires the page and its
 * `Office.onReady` handshake. The page has no UI: a failed handshake is left to surface
 * as an unhandled rejection (Office itself tells the user the add-in did not start).
 */
if (typeof Office !== 'undefined') void Office.onReady();
