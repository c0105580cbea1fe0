/**
 * The shapes of a change to the team's action plan (issue 18), apart from plan.ts so that answers.ts (the
 * list of every operation) can name them without importing the plan's code.
 */
import type { PlanItem } from './schema.js';

/** The fields a person edits on a plan item (everything but its id and time stamps). */
export type PlanFields = Partial<
  Pick<PlanItem, 'capacityId' | 'title' | 'actionId' | 'owner' | 'due' | 'status' | 'measure' | 'note'>
> & { readonly resourceIds?: readonly string[] };

/** A new plan item: an id is optional (a new one is made), the rest as in a PlanItem. */
export type PlanItemDraft = Partial<Pick<PlanItem, 'id' | 'createdAt' | 'updatedAt'>> &
  Pick<PlanItem, 'capacityId' | 'title' | 'status'> &
  PlanFields;

/** One change to the plan. */
export type PlanChange =
  | {
      readonly op: 'add';
      /**
       * The new item. Without an id it gets a new one (a taken id gets a suffix); `createdAt` is kept when
       * given (an undo). The capacity's level now is recorded in it (see `withLevelAtStart`) unless it has one.
       */
      readonly item: PlanItemDraft;
      /** Where to put it (default: at the end). */
      readonly at?: number;
    }
  | { readonly op: 'update'; readonly id: string; readonly fields: PlanFields }
  | { readonly op: 'remove'; readonly id: string }
  | { readonly op: 'move'; readonly id: string; readonly to: number };
