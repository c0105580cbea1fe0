/**
 * Errors for people (issue 15): one story per kind of failure, as a person meets it. Plain words first
 * (what happened, what to do), the technical detail behind "Technical details", and "Try again" where a
 * load can be tried again. The files come from a stubbed fetch (stories/support.ts `withFetch`), so no
 * request leaves the page.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/resource-library/define.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/capacity-rubric/define.js';
import '../src/components/blueprint-network/define.js';
import sampleProfileJson from '../src/data/improvement-teams.profile.json';
import { improvementTeams, neverAnswers, notFound, withFetch } from './support.js';

interface Args {
  src: string;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
}

/** Answers with `body` and `status`. */
const answer =
  (body: string, status = 200, statusText = '') =>
  () =>
    Promise.resolve(new Response(body, { status, statusText }));

/** A story whose `<resource-library>` loads `file` from a stubbed server answering with `respond`. */
function failing(file: string, respond: () => Promise<Response>, args: Partial<Args> = {}): StoryObj<Args> {
  return {
    args: { src: `https://example.org/errors/${file}`, ...args },
    decorators: [withFetch<Args>(`/errors/${file}`, respond)],
  };
}

const meta: Meta<Args> = {
  title: 'Journeys/Errors',
  component: 'resource-library',
  argTypes: {
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    timeout: { control: 'number' },
  },
  render: (args) =>
    html`<resource-library
      src=${args.src}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      timeout=${ifDefined(args.timeout)}
    ></resource-library>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The file is not at that address (404). */
export const NotFound: Story = failing('not-found.json', notFound);

/** The same, in Spanish, in the dark scheme. */
export const NotFoundSpanishDark: Story = failing('not-found-es.json', notFound, {
  lang: 'es',
  theme: 'dark',
});

/** The server would not share the file (403). */
export const Refused: Story = failing('private.json', answer('Forbidden', 403, 'Forbidden'));

/** The server had a problem (500). */
export const ServerProblem: Story = failing(
  'broken-server.json',
  answer('Oops', 500, 'Internal Server Error'),
);

/** No answer within the element's `timeout` (here 300 ms). */
export const TooSlow: Story = failing('slow.json', neverAnswers, { timeout: 300 });

/** The server cannot be reached. */
export const NoConnection: Story = failing('offline.json', () =>
  Promise.reject(new TypeError('Failed to fetch')),
);

/** The file is not JSON (an HTML page served at the address). */
export const NotJson: Story = failing('page.json', answer('<!doctype html><title>Home</title>'));

/** JSON of another kind: a team's answers where a framework was expected. */
export const WrongKind: Story = failing('answers.json', answer(JSON.stringify(sampleProfileJson)));

/** A framework with mistakes: the details list each with its JSON Pointer path. */
export const Mistakes: Story = failing(
  'mistakes.json',
  answer(
    JSON.stringify({
      ...improvementTeams,
      levels: improvementTeams.levels.map((l, i) => (i === 1 ? { ...l, rank: 'two' } : l)),
      actions: [{ id: 'a-1', capacityId: 'no-such-capacity', levelId: 'nope', title: 'Try it' }],
    }),
  ),
);

const DAMAGED = '{"schema": "blueprint-profile/1", "frameworkId": "improvement-teams", "ratings": {';
const STORY_KEY = 'blueprint-widgets:stories:unreadable';

/** Saved answers that cannot be opened: said in the page, kept aside, offered as a file. */
export const SavedAnswersUnreadable: Story = {
  args: { src: '' },
  render: (args) => {
    // Each showing starts from the damaged text, as a person would find it.
    localStorage.setItem(STORY_KEY, DAMAGED);
    return html`<blueprint-provider
      storage-key=${STORY_KEY}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${improvementTeams}
      ><capacity-rubric mode="step"></capacity-rubric
    ></blueprint-provider>`;
  },
};

/** The network view: its teams file is missing. */
export const TeamsFileMissing: Story = {
  args: { src: 'https://example.org/errors/teams.json' },
  decorators: [withFetch<Args>('/errors/teams.json', notFound)],
  render: (args) =>
    html`<blueprint-network
      src=${args.src}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .framework=${improvementTeams}
    ></blueprint-network>`,
};
