/**
 * Browser storage that never breaks a widget: a missing, refused (private mode, blocked cookies,
 * sandboxed iframe) or full storage becomes a warning, not an exception.
 */
import { issue, type Issue } from '../framework/issues.js';

export type PersistMode = 'local' | 'session' | 'off';

function area(mode: Exclude<PersistMode, 'off'>): Storage | Issue {
  try {
    const storage = mode === 'session' ? window.sessionStorage : window.localStorage;
    if (!storage) throw new Error('not available');
    return storage;
  } catch (e) {
    return issue(
      'warning',
      'storage',
      '',
      `this browser's ${mode} storage is not available (${(e as Error).message}); answers will not survive a reload`,
    );
  }
}

export function readStored(mode: PersistMode, key: string): { text?: string; warning?: Issue } {
  if (mode === 'off') return {};
  const storage = area(mode);
  if (!(storage instanceof Storage)) return { warning: storage };
  try {
    return { text: storage.getItem(key) ?? undefined };
  } catch (e) {
    return {
      warning: issue(
        'warning',
        'storage',
        '',
        `the saved answers could not be read (${(e as Error).message})`,
      ),
    };
  }
}

/**
 * Writes `text` (or removes the key when undefined). Returns nothing when it worked, else the warning and
 * why: `full` (the quota is used up) or `blocked` (no storage, refused, or another failure).
 */
export function writeStored(
  mode: PersistMode,
  key: string,
  text: string | undefined,
): { warning: Issue; why: 'full' | 'blocked' } | undefined {
  if (mode === 'off') return undefined;
  const storage = area(mode);
  if (!(storage instanceof Storage)) return { warning: storage, why: 'blocked' };
  try {
    if (text === undefined) storage.removeItem(key);
    else storage.setItem(key, text);
    return undefined;
  } catch (e) {
    const full = (e as DOMException).name === 'QuotaExceededError';
    const warning = issue(
      'warning',
      'storage',
      '',
      full
        ? "the browser's storage is full, so the latest answers are not saved; export them to keep them"
        : `the answers could not be saved (${(e as Error).message}); export them to keep them`,
    );
    return { warning, why: full ? 'full' : 'blocked' };
  }
}
