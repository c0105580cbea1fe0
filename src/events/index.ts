/**
 * The public events, one class per file. Importing any of them (or this index) brings their
 * `HTMLElementEventMap` entries, so `el.addEventListener('bp-rating-change', (e) => e.detail…)` is typed.
 */
export type { IssueSource } from './init.js';
export * from './bp-capacity-select.js';
export * from './bp-error.js';
export * from './bp-filter-change.js';
export * from './bp-load.js';
export * from './bp-profile-change.js';
export * from './bp-profile-edit.js';
export * from './bp-rating-change.js';
export * from './bp-warning.js';
// Find support (issue 19).
export * from './bp-support-request.js';
