import { eventInit } from './init.js';

export interface FilterChangeDetail {
  /** Selected values per dimension: `group`, `capacity`, `level`, or a resource facet (`type`, `cost`, …). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** The free-text search, as typed. */
  readonly query: string;
  /** `matched` (resources for the team's levels) or `all`. */
  readonly mode: 'matched' | 'all';
  /** The same filters and search as a URL query string (the element's `filters` attribute): keep it in your URL. */
  readonly value: string;
}

/** `bp-filter-change`: a person changed the resource library's filters, search or mode. */
export class BpFilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly type = 'bp-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(BpFilterChangeEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-filter-change': BpFilterChangeEvent;
  }
}
