// For web-test-runner server commands that play another person on another device: a NEW incognito browser
// context (its own storage, cookies and cache: nothing shared with the test page), a page in it, and the
// test server's origin. The context is closed when `use` ends, whatever happens.
//
//   return withFreshContext(session, 'bp-member', async (page, origin) => { … });
export async function withFreshContext(session, command, use) {
  if (session.browser.type !== 'puppeteer')
    throw new Error(`${command} needs the puppeteer (chrome) launcher, not ${session.browser.type}`);
  const testPage = session.browser.getPage(session.id);
  const context = await testPage.browser().createBrowserContext();
  try {
    const page = await context.newPage();
    return await use(page, new URL(testPage.url()).origin);
  } finally {
    await context.close();
  }
}
