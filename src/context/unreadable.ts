/**
 * Saved answers that could not be restored (issue 15): what the provider tells the person about them, and
 * the raw text, kept in memory too so that "Download the kept copy" works even where storage refused to
 * keep it (a full or blocked storage).
 */
import type { Issue } from '../framework/issues.js';

export interface UnreadableAnswers {
  /** The stored text, exactly as it was read (it may not be JSON at all). */
  readonly text: string;
  /** The storage key it is kept under (`<key>:unreadable`, a list of versions), or undefined if it could not be kept. */
  readonly keptAt: string | undefined;
  /** Why it could not be used, each with its JSON Pointer path into the stored text. */
  readonly errors: readonly Issue[];
  /** True when answers kept earlier for this framework were brought back instead of a new start. */
  readonly earlierBack: boolean;
}
