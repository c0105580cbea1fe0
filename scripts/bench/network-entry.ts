/**
 * What the network-view benchmark runs in the page (bundled by scripts/bench-network.mjs): the real
 * element, registered, the validator, and the deterministic cohort generator of the tests.
 */
import '../../src/components/blueprint-network/define.js';
import { parseFramework } from '../../src/framework/parse.js';
import { generateCohort } from '../../test/support/cohort-generator.js';

(globalThis as { bench?: unknown }).bench = { parseFramework, generateCohort };
