import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-report/define.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/capacity-rubric/define.js';
import type { Profile } from '../src/framework/schema.js';
import bele from '../src/data/bele.json';
import { fetchStateStory, improvementTeams, sampleProfile, sampleUrl } from './support.js';

interface Args {
  src?: string;
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property (the team's answers; priorities and snapshots made in the story update it). */
  profile?: Profile;
  compare?: string;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

/** The sample profile with only its first `n` answers, no priorities and no snapshots. */
function partial(n: number): Profile {
  const ratings = Object.fromEntries(Object.entries(sampleProfile.ratings).slice(0, n));
  const rest = { ...sampleProfile, ratings };
  delete rest.snapshots;
  delete rest.extensions;
  return rest;
}

const meta: Meta<Args> = {
  title: 'Elements/blueprint-report',
  component: 'blueprint-report',
  args: { framework: improvementTeams, profile: sampleProfile, 'heading-level': 2 },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    compare: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<blueprint-report
      src=${ifDefined(args.src)}
      compare=${ifDefined(args.compare)}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></blueprint-report>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample team: priorities first, the bars compared with the spring snapshot, every section filled. */
export const Full: Story = {};

/** Halfway through, on its own: the open capacities are named (nothing on the page could show them, so no buttons). */
export const Partial: Story = { args: { profile: partial(6) } };

/** Nothing answered yet: the report still lists every capacity and says what to do. */
export const Empty: Story = { args: { profile: undefined } };

/** Without a comparison (`compare="none"`). */
export const NoComparison: Story = { args: { compare: 'none' } };

/** Spanish (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es' } };

/** The BELE sample: the same report for another framework. */
export const Bele: Story = { args: { framework: bele, profile: undefined } };

/** Inside a provider: priorities and snapshots go to the shared profile (kept for this story only). */
export const InsideProvider: Story = {
  args: { framework: undefined, profile: undefined },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="off"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <blueprint-report heading-level=${args['heading-level']}></blueprint-report>
    </blueprint-provider>`,
};

/**
 * Beside a rubric in the same provider: the "Still open" buttons select the capacity, and the rubric goes to
 * its step and moves focus to its heading (`bp-capacity-select` is cancelable, for a page's own behaviour).
 */
export const BesideARubric: Story = {
  args: { framework: undefined, profile: partial(6) },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="off"
      .profile=${args.profile}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <blueprint-report heading-level=${args['heading-level']}></blueprint-report>
      <capacity-rubric mode="step" heading-level=${args['heading-level']}></capacity-rubric>
    </blueprint-provider>`,
};

/** Still loading. */
export const Loading: Story = fetchStateStory<Args>('loading', 'blueprint-report-framework', {
  framework: undefined,
  profile: undefined,
});

/** The framework could not be loaded (404). */
export const LoadError: Story = fetchStateStory<Args>('not-found', 'blueprint-report-framework', {
  framework: undefined,
  profile: undefined,
});

// Find support (issue 19).
/** The BELE sample with a team's answers and a priority: "Find support" lists its invented providers for each priority and growth area. */
export const FindSupport: Story = {
  args: {
    framework: bele,
    profile: {
      schema: 'blueprint-profile/1',
      frameworkId: 'bele',
      team: 'Sample team (illustrative)',
      ratings: {
        'tl-relationships': { status: 'rated', levelId: 'emerging' },
        'tl-student-voice': { status: 'rated', levelId: 'exploring' },
        'fc-trust': { status: 'rated', levelId: 'exploring' },
        'ss-time-and-grouping': { status: 'rated', levelId: 'established' },
      },
      extensions: { 'blueprint-widgets': { priorities: ['ss-time-and-grouping'] } },
    },
  },
};
