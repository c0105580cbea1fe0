import type { FrameworkModel } from '../framework/model.js';
import type { Issue } from '../framework/issues.js';
import type { Framework } from '../framework/schema.js';
import { eventInit } from './init.js';

export interface LoadDetail {
  /** The framework document, validated and frozen. */
  readonly framework: Framework;
  /** Its model, for queries (additive to the contract). */
  readonly model: FrameworkModel;
  readonly warnings: readonly Issue[];
}

/** `bp-load`: a framework loaded and validated (it may still carry warnings). */
export class BpLoadEvent extends CustomEvent<LoadDetail> {
  static readonly type = 'bp-load';
  constructor(detail: LoadDetail) {
    super(BpLoadEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-load': BpLoadEvent;
  }
}
