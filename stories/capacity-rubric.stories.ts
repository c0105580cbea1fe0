import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/capacity-rubric/define.js';
import '../src/components/blueprint-provider/define.js';
import type { Profile } from '../src/framework/schema.js';
import improvementTeams from '../src/data/improvement-teams.json';
import sampleProfileJson from '../src/data/improvement-teams.profile.json';
import bele from '../src/data/bele.json';
import sevenLevels from '../test/fixtures/rubric-seven-levels.json';
import longText from '../test/fixtures/rubric-long-text.json';
import { withFetch } from './support.js';

const sampleProfile = sampleProfileJson as unknown as Profile;
const sampleUrl = new URL('../src/data/improvement-teams.json', import.meta.url).href;

interface Args {
  src?: string;
  /** The `framework` property (an object or JSON text). */
  framework?: object | string;
  /** The `profile` property (the team's answers; answers made in the story update it). */
  profile?: Profile;
  'profile-src'?: string;
  group?: string;
  capacity?: string;
  mode: 'list' | 'step';
  readonly: boolean;
  'heading-level': number;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/capacity-rubric',
  component: 'capacity-rubric',
  args: { mode: 'list', readonly: false, 'heading-level': 3, framework: improvementTeams },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    'profile-src': { control: 'text' },
    group: {
      control: 'select',
      options: [undefined, ...improvementTeams.groups.map((g) => g.id)],
    },
    capacity: {
      control: 'select',
      options: [undefined, ...improvementTeams.groups.flatMap((g) => g.capacities.map((c) => c.id))],
    },
    mode: { control: 'inline-radio', options: ['list', 'step'] },
    readonly: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<capacity-rubric
      src=${ifDefined(args.src)}
      profile-src=${ifDefined(args['profile-src'])}
      group=${ifDefined(args.group)}
      capacity=${ifDefined(args.capacity)}
      mode=${args.mode}
      ?readonly=${args.readonly}
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${args.framework}
      .profile=${args.profile}
    ></capacity-rubric>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every capacity of the sample framework, grouped, in a scrolling list. Click a cell or use Tab and the arrow keys. */
export const List: Story = {};

/** One capacity at a time, with previous / next: a guided reflection for a team meeting. */
export const Step: Story = { args: { mode: 'step' } };

/** One capacity (`capacity="problem-understanding"`), its definition open. */
export const SingleCapacity: Story = { args: { capacity: 'problem-understanding' } };

/** One group (`group="measurement-data"`). */
export const SingleGroup: Story = { args: { group: 'measurement-data' } };

/** The sample team's answers so far: progress, chosen levels, "Not sure yet", notes. */
export const PartiallyAnswered: Story = { args: { profile: sampleProfile, group: 'measurement-data' } };

/** `readonly`: the answers and notes as text, without inputs (a report or a facilitator's screen). */
export const Readonly: Story = { args: { profile: sampleProfile, readonly: true } };

/** Spanish (`lang="es"`): framework text and the rubric's own words. */
export const Spanish: Story = { args: { lang: 'es', profile: sampleProfile, group: 'inclusive-culture' } };

/** A framework with seven levels: side by side when there is room, else a list. */
export const SevenLevels: Story = { args: { framework: sevenLevels } };

/** BELE: some capacities have no descriptor for some levels; those cells show the level's general summary. */
export const MissingDescriptors: Story = { args: { framework: bele, group: 'teaching-learning' } };

/** Very long labels, descriptors and unbroken words. */
export const LongText: Story = { args: { framework: longText } };

/** Inside a provider: answers go to the shared profile (kept for this story only: `persist="off"`). */
export const InsideProvider: Story = {
  args: { framework: undefined, group: 'network-operations' },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="off"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <capacity-rubric
        group=${ifDefined(args.group)}
        capacity=${ifDefined(args.capacity)}
        mode=${args.mode}
        ?readonly=${args.readonly}
        heading-level=${args['heading-level']}
      ></capacity-rubric>
    </blueprint-provider>`,
};

/** Still loading: the status line appears after a short delay, in reserved space. */
export const Loading: Story = {
  args: { framework: undefined, src: 'https://example.org/slow-framework.json' },
  decorators: [withFetch('slow-framework.json', () => new Promise<Response>(() => {}))],
};

/** The framework could not be loaded (404): the error part names the URL and the status. */
export const LoadError: Story = {
  args: { framework: undefined, src: 'https://example.org/missing-framework.json' },
  decorators: [
    withFetch('missing-framework.json', () =>
      Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' })),
    ),
  ],
};

/** A `group` the framework does not have: an error, not a blank box. */
export const UnknownGroup: Story = { args: { group: 'no-such-group' } };

/**
 * A long framework (60 capacities): past 30 capacities each one is laid out only near the viewport
 * (`content-visibility: auto`), which a person never sees: scrolling, find-in-page, screen readers and print
 * get every capacity.
 */
export const LongFramework: Story = {
  args: {
    framework: {
      schema: 'blueprint-framework/1',
      id: 'long-framework',
      version: '1',
      title: 'A long framework',
      defaultLocale: 'en',
      levels: ['Emerging', 'Developing', 'Established', 'Leading'].map((label, rank) => ({
        id: `l${rank + 1}`,
        rank,
        label,
      })),
      groups: [1, 2, 3].map((g) => ({
        id: `g${g}`,
        label: `Group ${g}`,
        capacities: Array.from({ length: 20 }, (_, i) => ({
          id: `g${g}c${i + 1}`,
          label: `Capacity ${g}.${i + 1}`,
          descriptors: Object.fromEntries(
            ['is beginning', 'is growing', 'is in place', 'is shared and sustained'].map((words, rank) => [
              `l${rank + 1}`,
              { summary: `Capacity ${g}.${i + 1} ${words}` },
            ]),
          ),
        })),
      })),
    },
  },
};

/**
 * Just answered (issue 15): after a capacity gets an answer, "Next unanswered: <name>" and "Clear answer"
 * follow it, until the person moves into another capacity. Each capacity's definition, look-fors and
 * prompts are in one disclosure, "About <capacity>" (open here for the first one).
 */
export const JustAnswered: Story = {
  args: { group: 'inclusive-culture' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      'capacity-rubric',
    )!;
    // The framework is validated before the rubric draws it: wait for the first capacity.
    let first: HTMLElement | null | undefined;
    for (let i = 0; i < 300 && !(first = el.shadowRoot?.querySelector<HTMLElement>('[data-capacity]')); i++)
      await new Promise(requestAnimationFrame);
    if (!first) return;
    first.querySelector('details')!.open = true;
    first.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
    await el.updateComplete;
  },
};
