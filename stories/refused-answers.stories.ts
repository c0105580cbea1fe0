/**
 * Answers that could not be used (issue 15, "errors for people"): `<blueprint-provider>` given answers that
 * are not this framework's (by the page's `profile`, `importProfile()`, or a share link) says what happened,
 * that the person's own answers did not change and what to do, with each problem and its path behind
 * "Technical details". The answers already on screen stay.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/blueprint-bars/define.js';
import type { BlueprintProvider } from '../src/index.js';
import sampleProfileJson from '../src/data/improvement-teams.profile.json';
import { improvementTeams } from './support.js';

interface Args {
  /** What the page gives the provider after its own answers: the story's bad answers. */
  given: 'framework' | 'other-framework' | 'too-new' | 'mistakes' | 'not-json';
  /** How it is given: the `profile` property, or `importProfile()` (a file the page opened). */
  how: 'profile' | 'import';
  lang?: string;
  theme?: 'light' | 'dark';
}

const bad: Record<Args['given'], () => unknown> = {
  framework: () => improvementTeams,
  'other-framework': () => ({ ...sampleProfileJson, frameworkId: 'another-framework' }),
  'too-new': () => ({ ...sampleProfileJson, schema: 'blueprint-profile/2' }),
  mistakes: () => ({ ...sampleProfileJson, ratings: { 'no-level': { status: 'rated' } } }),
  'not-json': () => 'Team,Level\nNorth,3',
};

const meta: Meta<Args> = {
  title: 'Journeys/Refused answers',
  component: 'blueprint-provider',
  args: { given: 'framework', how: 'profile' },
  argTypes: {
    given: { control: 'select', options: Object.keys(bad) },
    how: { control: 'inline-radio', options: ['profile', 'import'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<blueprint-provider
      persist="off"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${improvementTeams}
      .profile=${sampleProfileJson}
      @bp-load=${(e: Event) => {
        // Once the framework is ready: the page gives the bad answers; the team's own stay on screen.
        const provider = e.currentTarget as BlueprintProvider;
        const value = bad[args.given]();
        if (args.how === 'import') provider.importProfile(value as object);
        else provider.profile = value as never;
      }}
      ><blueprint-bars></blueprint-bars
    ></blueprint-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A framework file given as the team's answers. */
export const NotAnswers: Story = {};

/** Answers made for another framework, opened by the page (`importProfile()`). */
export const AnotherFramework: Story = { args: { given: 'other-framework', how: 'import' } };

/** Answers saved by a newer version of the widgets. */
export const TooNew: Story = { args: { given: 'too-new' } };

/** Answers with a mistake: the details say where. */
export const Mistakes: Story = { args: { given: 'mistakes' } };

/** Text that is not JSON, opened by the page, in Spanish, in the dark scheme. */
export const NotJsonSpanishDark: Story = {
  args: { given: 'not-json', how: 'import', lang: 'es', theme: 'dark' },
};
