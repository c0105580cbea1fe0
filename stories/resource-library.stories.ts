import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/resource-library/define.js';
import '../src/components/blueprint-provider/define.js';
import type { Profile } from '../src/framework/schema.js';
import bele from '../src/data/bele.json';
import { fetchStateStory, improvementTeams, sampleProfile, sampleUrl } from './support.js';

interface Args {
  src?: string;
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property (matched mode uses it). */
  profile?: Profile;
  mode?: 'matched' | 'all';
  filters: string;
  'page-size': number;
  compact: boolean;
  target?: string;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/resource-library',
  component: 'resource-library',
  args: {
    framework: improvementTeams,
    profile: sampleProfile,
    filters: '',
    'page-size': 12,
    compact: false,
    'heading-level': 3,
  },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    mode: { control: 'inline-radio', options: [undefined, 'matched', 'all'] },
    filters: { control: 'text' },
    'page-size': { control: { type: 'number', min: 1, max: 60, step: 1 } },
    compact: { control: 'boolean' },
    target: { control: 'inline-radio', options: [undefined, '_blank'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<resource-library
      src=${ifDefined(args.src)}
      mode=${ifDefined(args.mode)}
      filters=${args.filters}
      page-size=${args['page-size']}
      ?compact=${args.compact}
      target=${ifDefined(args.target)}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></resource-library>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Matched to the sample team: the capacities it rated lowest first, each card saying why. */
export const Matched: Story = {};

/** Every resource by title (no answers yet). */
export const All: Story = { args: { profile: undefined } };

/** Filters and search from the `filters` attribute (a URL query a host page can keep in its address). */
export const Filtered: Story = { args: { mode: 'all', filters: 'q=family&cost=free' } };

/** Nothing matches: a clear message and a reset. */
export const NoResults: Story = { args: { mode: 'all', filters: 'q=zzzz-nothing' } };

/** `compact`: one row per resource. */
export const Compact: Story = { args: { compact: true, 'page-size': 8 } };

/** Spanish (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es' } };

/** The BELE sample: the same element, another framework's resources and facets. */
export const Bele: Story = { args: { framework: bele, profile: undefined } };

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
      <resource-library page-size=${args['page-size']}></resource-library>
    </blueprint-provider>`,
};

/** Still loading. */
export const Loading: Story = fetchStateStory<Args>('loading', 'resource-library-framework', {
  framework: undefined,
  profile: undefined,
});

/** The framework could not be loaded (404). */
export const LoadError: Story = fetchStateStory<Args>('not-found', 'resource-library-framework', {
  framework: undefined,
  profile: undefined,
});
