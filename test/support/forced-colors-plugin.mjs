// Web-test-runner server command `bp-forced-colors`: emulates forced colors (Windows High Contrast) in the
// test page, which `emulateMedia` of @web/test-runner-commands 0.9 does not offer (and puppeteer's
// emulateMediaFeatures refuses by name); the DevTools protocol takes it.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('bp-forced-colors', { active: true });
export function forcedColorsPlugin() {
  // One DevTools session per test page, kept open: an emulation ends with the session that set it.
  const sessions = new Map();
  return {
    name: 'bp-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(
          `bp-forced-colors needs the puppeteer (chrome) launcher, not ${session.browser.type}`,
        );
      let cdp = sessions.get(session.id);
      if (!cdp)
        sessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
