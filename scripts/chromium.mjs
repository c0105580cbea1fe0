// How every tool of this project launches Chromium: the browser `npm test` found (CHROME_PATH) or Debian's,
// never a downloaded one, with the flags a root CI machine on a closed network needs.
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', // root in CI
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking', // no background traffic on a closed network
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
