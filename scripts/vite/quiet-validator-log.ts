// bp-quiet-validator-log: drops one expected build note. The validator's dynamic import
// (src/context/validator.ts) splits it out for npm pages without a provider. Where a provider is on the
// page (the script tag carries one, demo/app.ts uses one) it is imported statically too, on purpose, and
// rolldown's INEFFECTIVE_DYNAMIC_IMPORT note about framework/parse.ts says nothing worth reading.
import type { Plugin } from 'vite';

export function quietValidatorLog(): Plugin {
  return {
    name: 'bp-quiet-validator-log',
    apply: 'build',
    onLog(_level, log) {
      if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('framework/parse.ts'))
        return false;
    },
  };
}
