import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/equity-considerations/define.js';
import '../src/components/blueprint-provider/define.js';
import type { Profile } from '../src/framework/schema.js';
import bele from '../src/data/bele.json';
import { fetchStateStory, improvementTeams, sampleProfile, sampleUrl } from './support.js';

interface Args {
  src?: string;
  /** The `framework` property (an object or JSON text). */
  framework?: object | string;
  /** The `profile` property (the team's answers). */
  profile?: Profile;
  group?: string;
  level?: string;
  capacity?: string;
  'all-levels': boolean;
  'summary-rule': 'median' | 'min' | 'mean';
  'no-heading': boolean;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

const groupIds = improvementTeams.groups.map((g) => g.id);

const meta: Meta<Args> = {
  title: 'Elements/equity-considerations',
  component: 'equity-considerations',
  args: {
    framework: improvementTeams,
    profile: sampleProfile,
    'all-levels': false,
    'no-heading': false,
    'summary-rule': 'median',
    'heading-level': 3,
  },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    group: { control: 'select', options: [undefined, ...groupIds] },
    level: { control: 'select', options: [undefined, ...improvementTeams.levels.map((l) => l.id)] },
    capacity: {
      control: 'select',
      options: [undefined, ...improvementTeams.groups.flatMap((g) => g.capacities.map((c) => c.id))],
    },
    'all-levels': { control: 'boolean' },
    'no-heading': { control: 'boolean' },
    'summary-rule': { control: 'inline-radio', options: ['median', 'min', 'mean'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<equity-considerations
      src=${ifDefined(args.src)}
      group=${ifDefined(args.group)}
      level=${ifDefined(args.level)}
      capacity=${ifDefined(args.capacity)}
      ?all-levels=${args['all-levels']}
      ?no-heading=${args['no-heading']}
      summary-rule=${args['summary-rule']}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></equity-considerations>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every group at its own summary level from the sample team's answers (with capacity overrides). */
export const EveryGroup: Story = {};

/** One group at the team's level: "Inclusive Culture, at Beginning, from your team's answers for 3 of 3 capacities". */
export const GroupAtTeamLevel: Story = { args: { group: 'inclusive-culture' } };

/** One group at a level chosen in the attribute, whatever the answers. */
export const GroupAtLevel: Story = {
  args: { group: 'measurement-data', level: 'leading', profile: undefined },
};

/** One capacity: its own considerations (an override of its group's entry). */
export const CapacityOverride: Story = { args: { capacity: 'student-agency', level: 'beginning' } };

/** For facilitators: a group at every level, the team's level marked. */
export const AllLevels: Story = { args: { group: 'inclusive-culture', 'all-levels': true } };

/** Nothing answered yet: what to do instead of a blank box. */
export const NothingRated: Story = { args: { profile: undefined, group: 'inclusive-culture' } };

/** The BELE sample has no entry for some group × level: the element says so. */
export const NoEntry: Story = {
  args: { framework: bele, profile: undefined, group: 'district-state-policy', level: 'embedded' },
};

/** Spanish (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es', group: 'inclusive-culture' } };

/** Inside a provider: follows the shared profile (here empty: `persist="off"`). */
export const InsideProvider: Story = {
  args: { framework: undefined, profile: undefined },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="off"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <equity-considerations
        group=${ifDefined(args.group)}
        ?all-levels=${args['all-levels']}
        heading-level=${args['heading-level']}
      ></equity-considerations>
    </blueprint-provider>`,
};

/** An unknown group: a located error, not a blank box. */
export const UnknownGroup: Story = { args: { group: 'no-such-group' } };

/** Still loading: a status line after a short delay, in reserved space. */
export const Loading: Story = fetchStateStory<Args>('loading', 'equity-considerations-framework', {
  framework: undefined,
});

/** The framework could not be loaded (404). */
export const LoadError: Story = fetchStateStory<Args>('not-found', 'equity-considerations-framework', {
  framework: undefined,
});
