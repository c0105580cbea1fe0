import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/provider-list/define.js';
import '../src/components/blueprint-provider/define.js';
import type { Profile } from '../src/framework/schema.js';
import bele from '../src/data/bele.json';
import minimal from '../src/data/minimal.json';
import { fetchStateStory, improvementTeams, sampleProfile, sampleUrl } from './support.js';

interface Args {
  src?: string;
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property (its priorities and growth areas filter the list at first). */
  profile?: Profile;
  /** Unset: the team's priorities and growth areas, when it has some. */
  filters?: string;
  view: 'list' | 'team';
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/provider-list',
  component: 'provider-list',
  args: { framework: improvementTeams, view: 'list', 'heading-level': 3 },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    filters: { control: 'text' },
    view: { control: 'inline-radio', options: ['list', 'team'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<provider-list
      src=${ifDefined(args.src)}
      filters=${ifDefined(args.filters)}
      view=${args.view}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></provider-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every provider (no team answers): name, summary, what it works on, levels, languages, regions, contact. */
export const Everyone: Story = {};

/** With the sample team: filtered at first to its priorities and growth areas, with "Show every provider" and "Include our answers". */
export const ForTheTeam: Story = { args: { profile: sampleProfile } };

/** Filters from the `filters` attribute: Spanish-speaking providers at the Beginning level. */
export const Filtered: Story = { args: { filters: 'level=beginning&language=es' } };

/** No provider matches: a clear message and a reset. */
export const NoResults: Story = { args: { filters: 'capacity=team-roles' } };

/** `view="team"`: what the report shows, the providers for each priority and growth area. */
export const TeamView: Story = { args: { profile: sampleProfile, view: 'team', 'heading-level': 2 } };

/** A framework without providers. */
export const NoProviders: Story = { args: { framework: minimal } };

/** Spanish (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es', profile: sampleProfile } };

/** The BELE sample's invented providers. */
export const Bele: Story = { args: { framework: bele } };

/** Inside a provider: follows the shared profile (here empty: `persist="off"`). */
export const InsideProvider: Story = {
  args: { framework: undefined },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="off"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <provider-list></provider-list>
    </blueprint-provider>`,
};

/** Still loading. */
export const Loading: Story = fetchStateStory<Args>('loading', 'provider-list-framework', {
  framework: undefined,
});

/** The framework could not be loaded (404). */
export const LoadError: Story = fetchStateStory<Args>('not-found', 'provider-list-framework', {
  framework: undefined,
});
