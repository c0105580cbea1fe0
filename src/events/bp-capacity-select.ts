import { eventInit } from './init.js';

export interface CapacitySelectDetail {
  /** The capacity a person selected (clicked, or Enter / Space on its bar). */
  readonly capacityId: string;
}

/** `bp-capacity-select`: a person selected a capacity, e.g. to open its rubric or resources. */
export class BpCapacitySelectEvent extends CustomEvent<CapacitySelectDetail> {
  static readonly type = 'bp-capacity-select';
  constructor(detail: CapacitySelectDetail) {
    super(BpCapacitySelectEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-capacity-select': BpCapacitySelectEvent;
  }
}
