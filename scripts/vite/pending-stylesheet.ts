// bp-pending-stylesheet: writes dist/blueprint-widgets.css beside the script-tag bundle: the pre-upgrade
// rules (reserved space, delayed fade) from src/internal/pending.ts, for a partner's <link> in <head>, so
// they apply from the first paint, before the script has run.
import type { Plugin } from 'vite';
import { PENDING_CSS } from '../../src/internal/pending.js';

export function pendingStylesheet(): Plugin {
  return {
    name: 'bp-pending-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'blueprint-widgets.css',
        source: `/* blueprint-widgets: how widgets look before they upgrade. Optional: <link rel="stylesheet"> it in <head>. */\n${PENDING_CSS}\n`,
      });
    },
  };
}
