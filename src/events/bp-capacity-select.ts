import { eventInit } from './init.js';

export interface CapacitySelectDetail {
  /** The capacity a person selected (clicked, or Enter / Space on its bar). */
  readonly capacityId: string;
}

/**
 * `bp-capacity-select`: a person selected a capacity (a bar, a report's "Still open" button). Fired before
 * the default action, and cancelable: unless a listener calls `preventDefault()`, the store records the
 * selection and a `<capacity-rubric>` in the same provider shows that capacity (brings it into view and
 * moves focus to it). A page that wants its own behaviour calls `preventDefault()`.
 */
export class BpCapacitySelectEvent extends CustomEvent<CapacitySelectDetail> {
  static readonly type = 'bp-capacity-select';
  constructor(detail: CapacitySelectDetail) {
    super(BpCapacitySelectEvent.type, { ...eventInit, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-capacity-select': BpCapacitySelectEvent;
  }
}
