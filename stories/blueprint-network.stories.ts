import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-network/define.js';
import sampleCohort from '../src/data/improvement-teams.cohort.json';
import { improvementTeams } from './support.js';

interface Args {
  /** The `framework` property. */
  framework?: object;
  /** The `cohort` property. */
  cohort?: unknown;
  'min-teams': number;
  'show-names': boolean;
  'page-size': number;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

/** The sample's teams, loosely typed: stories break them on purpose. */
const teams = sampleCohort.teams as unknown as Record<string, unknown>[];
const withTeams = (list: unknown[]) => ({ ...sampleCohort, teams: list });

const meta: Meta<Args> = {
  title: 'Elements/blueprint-network',
  component: 'blueprint-network',
  args: {
    framework: improvementTeams,
    cohort: sampleCohort,
    'min-teams': 5,
    'show-names': false,
    'page-size': 25,
    'heading-level': 2,
  },
  argTypes: {
    framework: { control: 'object' },
    cohort: { control: 'object' },
    'min-teams': { control: { type: 'number', min: 1, max: 20, step: 1 } },
    'show-names': { control: 'boolean' },
    'page-size': { control: { type: 'number', min: 1, max: 100, step: 1 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<blueprint-network
      .framework=${args.framework}
      .cohort=${args.cohort}
      min-teams=${args['min-teams']}
      ?show-names=${args['show-names']}
      page-size=${args['page-size']}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    ></blueprint-network>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample network: 40 illustrative teams, names hidden, small numbers hidden. */
export const Network: Story = {};

/** Names shown (the partner's choice). */
export const WithNames: Story = { args: { 'show-names': true } };

/** In Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Dark. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Bad input: a team answering another framework and a repeated id are listed; the rest is shown. */
export const BadInput: Story = {
  args: {
    cohort: withTeams([
      { ...teams[0], profile: { ...(teams[0].profile as object), frameworkId: 'another' } },
      teams[1],
      { ...teams[2], id: teams[1].id },
      ...teams.slice(3),
    ]),
  },
};

/** A cohort of one team: a note, and only the count. */
export const OneTeam: Story = { args: { cohort: withTeams(teams.slice(0, 1)) } };

/** No teams yet: the empty state with the file picker. */
export const Empty: Story = { args: { cohort: withTeams([]) } };
