/**
 * The provider's own words: its notices about the saved answers (share links, other windows, storage that
 * fails). Kept apart from the shared strings (index.ts), which every widget carries.
 */
import { localized } from './index.js';

const en = {
  answersBack: 'Your own answers are back.',
  merged: 'Answers from another window were added. Where both changed a note, both notes are kept.',
  cantSave: (full: boolean) =>
    `Your answers can't be saved in this browser (${full ? 'storage is full' : 'storage is blocked'}). Download them before you leave.`,
  download: 'Download my answers',
  // Share links read by default (issue 15, "restore"): what a link opened, and the way back.
  linkOpened: (date?: string) =>
    date ? `You opened shared answers from ${date}.` : 'You opened shared answers.',
  keepMine: 'Keep my own answers instead',
};

export type ProviderStrings = typeof en;

/** The provider's words for `locale` (best match), else English. */
export const providerStrings = (locale: string | undefined): ProviderStrings =>
  localized('provider', { en }, locale); // Spanish: provider.es.ts, loaded by es.ts
