import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/action-plan/define.js';
import type { PlanItem, Profile } from '../src/framework/schema.js';
import { improvementTeams, sampleProfile } from './support.js';

interface Args {
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property: the team's answers and plan. */
  profile?: Profile;
  today?: string;
  'filter-status': string;
  'filter-owner'?: string;
  'no-suggestions': boolean;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

/** A year's plan of the sample team: planned in the fall, measured again in the spring. */
const PLAN: PlanItem[] = [
  {
    id: 'family-calls',
    capacityId: 'family-engagement',
    actionId: 'family-engagement-beginning-1',
    title: 'Call five families before the first conference',
    owner: 'Rosa Díaz',
    due: '2026-03-01',
    status: 'doing',
    measure: 'Five calls logged, with one thing each family asked for',
    createdAt: '2025-10-21T09:00:00Z',
    extensions: { 'blueprint-widgets': { levelAtStart: 'beginning' } },
  },
  {
    id: 'weekly-measure',
    capacityId: 'practical-measurement',
    title: 'Pick one weekly measure for the attendance aim',
    owner: 'Ben Okafor',
    due: '2026-12-15',
    status: 'planned',
    createdAt: '2025-10-21T09:00:00Z',
    extensions: { 'blueprint-widgets': { levelAtStart: 'beginning' } },
  },
  {
    id: 'equity-check',
    capacityId: 'dei',
    title: 'Run an equity check on our aim',
    owner: 'Rosa Díaz',
    due: '2026-01-20',
    status: 'done',
    createdAt: '2025-10-21T09:00:00Z',
    extensions: { 'blueprint-widgets': { levelAtStart: 'developing' } },
  },
  {
    id: 'old-step',
    capacityId: 'community-voice',
    actionId: 'community-voice-1',
    title: 'Hold a listening session with community partners',
    status: 'dropped',
    note: 'Planned with last year’s framework.',
    createdAt: '2025-09-01T09:00:00Z',
  },
];

const fullPlan: Profile = { ...sampleProfile, plan: PLAN };
const noPriorities: Profile = { ...sampleProfile, extensions: {} };

const meta: Meta<Args> = {
  title: 'Elements/action-plan',
  component: 'action-plan',
  args: {
    framework: improvementTeams,
    profile: fullPlan,
    today: '2026-11-01',
    'filter-status': 'all',
    'no-suggestions': false,
    'heading-level': 2,
  },
  argTypes: {
    framework: { control: 'object' },
    profile: { control: 'object' },
    today: { control: 'text' },
    'filter-status': {
      control: 'inline-radio',
      options: ['all', 'overdue', 'planned', 'doing', 'done', 'dropped'],
    },
    'filter-owner': { control: 'text' },
    'no-suggestions': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<action-plan
      today=${ifDefined(args.today)}
      filter-status=${args['filter-status']}
      filter-owner=${ifDefined(args['filter-owner'] || undefined)}
      ?no-suggestions=${args['no-suggestions']}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></action-plan>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No priorities and no plan yet: it says what to do. */
export const Empty: Story = { args: { profile: noPriorities } };

/** From the team's priorities: the suggested actions at each priority's level, "Add to our plan". */
export const FromPriorities: Story = { args: { profile: sampleProfile } };

/**
 * A full plan: an overdue step (said in words, with a mark), a done one, a step from last year's framework
 * ("No longer in this framework"), and what moved since each step was planned.
 */
export const FullPlan: Story = {};

/** Only the overdue steps. */
export const Overdue: Story = { args: { 'filter-status': 'overdue' } };

/** Dark (`theme="dark"`). */
export const Dark: Story = { args: { theme: 'dark' } };

/** Spanish (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es' } };
