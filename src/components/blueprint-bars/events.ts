/** The events <blueprint-bars> adds to the library's set (src/internal/events.ts). */

export interface CapacitySelectDetail {
  /** The capacity a person selected (clicked, or Enter / Space on its bar). */
  readonly capacityId: string;
}

/** `bp-capacity-select`: a person selected a capacity, e.g. to open its rubric or resources. */
export class BpCapacitySelectEvent extends CustomEvent<CapacitySelectDetail> {
  static readonly type = 'bp-capacity-select';
  constructor(detail: CapacitySelectDetail) {
    super(BpCapacitySelectEvent.type, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-capacity-select': BpCapacitySelectEvent;
  }
}
