// Web-test-runner server command `bp-open-link` (issue 15, "answers come back"): a share link opened in a
// NEW incognito browser context (its own storage: nothing shared with the test page), on
// test/support/link-page.html, a plain `<blueprint-provider>` with a report. Optionally the browser had
// answers of its own first (saved under the provider's key), and the person then presses "Keep my own
// answers instead" with a real mouse click. Returns what the page shows at each step, and the requests the
// page made after it loaded, with their kind (the library's own code loads on first use; nothing else may go:
// a share link never goes to a server).
//
//   const { opened, kept, requests } = await executeServerCommand('bp-open-link', {
//     framework,                  // the framework document (an object)
//     fragment: '#bp-profile=…',  // the link's fragment
//     own: '{…}',                 // optional: the answers this browser had saved (JSON text)
//     keepMine: true,             // optional: press "Keep my own answers instead"
//     optOut: 'ignore-shared-links' | 'profile-from-hash', // optional: the page opts out (the latter as "off")
//   });
import { withFreshContext } from './fresh-context.mjs';

export function linkPlugin() {
  return {
    name: 'bp-open-link',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-open-link') return undefined;
      return withFreshContext(session, 'bp-open-link', async (page, origin) => {
        const url = `${origin}/test/support/link-page.html`;
        if (payload.own !== undefined) {
          // The person's own answers, saved in this browser before the link.
          await page.goto(url);
          await page.evaluate(
            (key, text) => localStorage.setItem(key, text),
            `blueprint-widgets:profile:${payload.framework.id}`,
            payload.own,
          );
        }
        await page.goto(`${url}?opened=1${payload.fragment}`);
        await page.waitForFunction(() => typeof window.startLink === 'function');
        const requests = [];
        page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
        const opened = await page.evaluate(
          (framework, optOut) => window.startLink(framework, optOut ?? null),
          payload.framework,
          payload.optOut ?? null,
        );
        let kept;
        if (payload.keepMine) {
          const button = await page.evaluateHandle(() =>
            document.querySelector('blueprint-provider').shadowRoot.querySelector('[part~="notice-action"]'),
          );
          await button.asElement().click();
          await page.waitForFunction(() =>
            document
              .querySelector('blueprint-provider')
              .shadowRoot.querySelector('[part~="notice"]')
              ?.textContent.includes('Your own answers are back'),
          );
          kept = await page.evaluate(() => window.seen());
        }
        return { opened, kept, requests };
      });
    },
  };
}
