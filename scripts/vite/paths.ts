// Where things are, for the Vite configs and plugins in this folder: the repository root and src/.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path under src/. */
export const src = (...p: string[]): string => join(root, 'src', ...p);
