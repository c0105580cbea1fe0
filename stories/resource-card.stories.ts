import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/resource-card/define.js';
import '../src/components/blueprint-provider/define.js';
import { fetchStateStory, improvementTeams, sampleUrl } from './support.js';

interface Args {
  src?: string;
  /** The `framework` property (labels for facets, capacities and levels; and where resource-id is looked up). */
  framework?: object;
  /** The `resource` property: an object in the framework format's resource shape. */
  resource?: object;
  'resource-id'?: string;
  compact: boolean;
  target?: string;
  reason?: string;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
  /** Width of the container (any CSS length). */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/resource-card',
  component: 'resource-card',
  args: {
    framework: improvementTeams,
    'resource-id': 'family-listening-session-guide',
    compact: false,
    'heading-level': 3,
    width: '24rem',
  },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    resource: { control: 'object' },
    'resource-id': {
      control: 'select',
      options: [undefined, ...improvementTeams.resources.map((r) => r.id)],
    },
    compact: { control: 'boolean' },
    target: { control: 'inline-radio', options: [undefined, '_blank'] },
    reason: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text' },
  },
  render: (args) =>
    html`<div style="width: min(100%, ${args.width})">
      <resource-card
        src=${ifDefined(args.src)}
        resource-id=${ifDefined(args['resource-id'])}
        ?compact=${args.compact}
        target=${ifDefined(args.target)}
        reason=${ifDefined(args.reason)}
        heading-level=${args['heading-level']}
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
        .framework=${args.framework}
        .resource=${args.resource}
      ></resource-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A resource of the sample framework (`resource-id`), with every field: badges, audience, languages, levels, provider. */
export const Default: Story = {};

/** As the resource library places it: with why it was suggested. */
export const WithReason: Story = { args: { reason: 'For Family Engagement at Beginning' } };

/** `compact`: one row, for lists and reports. */
export const Compact: Story = {
  args: { compact: true, width: '40rem', reason: 'For Family Engagement at Beginning' },
};

/** A partner's own call to action in the `actions` slot; links open in a new tab (announced). */
export const WithActions: Story = {
  args: { target: '_blank' },
  render: (args) =>
    html`<div style="width: min(100%, ${args.width})">
      <resource-card
        .framework=${args.framework}
        resource-id=${ifDefined(args['resource-id'])}
        target="_blank"
      >
        <a slot="actions" href="#save">Save to our plan</a>
      </resource-card>
    </div>`,
};

/** Spanish (`lang="es"`): the framework's Spanish text and labels, dates and durations. */
export const Spanish: Story = { args: { lang: 'es', 'resource-id': 'improvement-basics-guide' } };

/** A resource object with only an id and a title, and no framework: nothing missing shows as a gap. */
export const MinimalObject: Story = {
  args: {
    framework: undefined,
    'resource-id': undefined,
    resource: { id: 'bare', title: 'A resource with only a title' },
  },
};

/** A `javascript:` URL: the title is text, never a link (and a `bp-warning` is fired). */
export const UnsafeUrl: Story = {
  args: {
    framework: undefined,
    'resource-id': undefined,
    resource: {
      id: 'unsafe',
      title: 'A resource whose link is unsafe',
      url: 'javascript:alert(1)',
      summary: 'Shown without a link.',
      type: 'guide',
    },
  },
};

/** A very long title and summary in a 280 px column: everything wraps. */
export const LongText: Story = {
  args: {
    width: '280px',
    framework: undefined,
    'resource-id': undefined,
    resource: {
      id: 'long',
      title:
        'A very long resource title that keeps going: Continuous-Improvement-For-Equitable-Outcomes-In-Every-Classroom-And-Community, with a second clause',
      url: 'https://example.org/a/very/long/path/that/keeps/going/and/going',
      summary: 'Supercalifragilisticexpialidocious'.repeat(4),
      publisher: 'An Organization With An Unusually Long Name For A Publisher',
      minutes: 95,
    },
  },
};

/** Inside a provider: `resource-id` is looked up in the shared framework. */
export const InsideProvider: Story = {
  args: { framework: undefined },
  render: (args) =>
    html`<blueprint-provider src=${sampleUrl} persist="off">
      <div style="width: min(100%, ${args.width})">
        <resource-card resource-id=${ifDefined(args['resource-id'])}></resource-card>
      </div>
    </blueprint-provider>`,
};

/** An id the framework does not have: a located error. */
export const UnknownId: Story = { args: { 'resource-id': 'no-such-resource' } };

/** Still loading its framework. */
export const Loading: Story = fetchStateStory<Args>('loading', 'resource-card-framework', {
  framework: undefined,
});

/** The framework could not be loaded (404). */
export const LoadError: Story = fetchStateStory<Args>('not-found', 'resource-card-framework', {
  framework: undefined,
});
