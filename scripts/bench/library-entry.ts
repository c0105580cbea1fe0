/**
 * What the resource-library benchmark runs in the page (bundled by scripts/bench-library.mjs): the real
 * element, registered, and the model's query functions, for timing the filter alone and with the render.
 */
import '../../src/components/resource-library/define.js';
import { parseFramework } from '../../src/framework/parse.js';
import { resourceIndex } from '../../src/framework/library.js';

(globalThis as { bench?: unknown }).bench = { parseFramework, resourceIndex };
