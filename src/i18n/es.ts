/**
 * The library's Spanish for the tables that the script tag's core and the npm elements it holds carry
 * (the bars, the rubric, the provider's notices), by table name. A file of its own, loaded by the registry
 * (registry.ts, `localeReady`) the first time an element speaks Spanish, so that a page in English does not
 * download it (issue 14: what the script tag loads at once). The elements loaded on first use keep their
 * Spanish in their own tables: it comes with their file.
 */
import { es as bars } from './bars.es.js';
import { es as provider } from './provider.es.js';
import { es as rubric } from './rubric.es.js';

export const tables: Readonly<Record<string, object>> = { bars, rubric, provider };
