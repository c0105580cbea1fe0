// Web-test-runner server command `bp-heap`: the test page's JavaScript heap in use, in bytes, measured after
// a full garbage collection (DevTools protocol: HeapProfiler.collectGarbage, then Runtime.getHeapUsage), so
// that a test can tell memory an element keeps from garbage not yet collected.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { used } = await executeServerCommand('bp-heap');
export function heapPlugin() {
  // One DevTools session per test page, kept open (opening one per call costs more than the measurement).
  const sessions = new Map();
  return {
    name: 'bp-heap',
    async executeCommand({ command, session }) {
      if (command !== 'bp-heap') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`bp-heap needs the puppeteer (chrome) launcher, not ${session.browser.type}`);
      let cdp = sessions.get(session.id);
      if (!cdp)
        sessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
      // Twice: objects freed by the first collection (weak references, finalizers) go in the second.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { used: usedSize };
    },
  };
}
