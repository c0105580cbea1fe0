/**
 * What several stories share (not a stories file itself): the sample data, and a decorator that answers
 * fetches of one URL while a story is shown, for the loading and error states.
 */
import type { Args, Decorator, StoryObj } from '@storybook/web-components-vite';
import type { Profile } from '../src/framework/schema.js';
import sampleProfileJson from '../src/data/improvement-teams.profile.json';

export { default as improvementTeams } from '../src/data/improvement-teams.json';
export const sampleProfile = sampleProfileJson as unknown as Profile;
export const sampleUrl = new URL('../src/data/improvement-teams.json', import.meta.url).href;

/** Answers every fetch of `match` with `respond` while the story is shown (loading and error states). */
export const withFetch =
  <A = Args>(match: string, respond: () => Promise<Response>): Decorator<A> =>
  (story) => {
    const original = window.fetch.bind(window);
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes(match)
        ? respond()
        : original(input, init);
    setTimeout(() => (window.fetch = original), 5000);
    return story();
  };

/** A fetch that never answers: the loading state. */
export const neverAnswers = () => new Promise<Response>(() => {});

/** A 404 Not Found: the error state. */
export const notFound = () =>
  Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }));

/**
 * The loading and 404 states of a story: its framework comes from `https://example.org/<name>.json`, which
 * never answers (`loading`) or answers 404 (`not-found`). `args` clears whatever else the story's meta sets.
 */
export function fetchStateStory<A>(
  state: 'loading' | 'not-found',
  name: string,
  args: Partial<A> = {},
): StoryObj<A> {
  const file = `${state === 'loading' ? 'slow' : 'missing'}-${name}.json`;
  return {
    args: { ...args, src: `https://example.org/${file}` },
    decorators: [withFetch<A>(file, state === 'loading' ? neverAnswers : notFound)],
  };
}
