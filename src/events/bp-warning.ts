import type { Issue } from '../framework/issues.js';
import { eventInit, type IssueSource } from './init.js';

export interface WarningDetail {
  readonly warnings: readonly Issue[];
  readonly source: IssueSource;
}

/** `bp-warning`: something is off but nothing was refused (e.g. storage unavailable, a stale profile version). */
export class BpWarningEvent extends CustomEvent<WarningDetail> {
  static readonly type = 'bp-warning';
  constructor(detail: WarningDetail) {
    super(BpWarningEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-warning': BpWarningEvent;
  }
}
