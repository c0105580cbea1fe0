import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import bele from '../src/data/bele.json';
import minimal from '../src/data/minimal.json';
import { improvementTeams } from './support.js';

interface Args {
  /** Framework JSON, as a partner would write it: paste yours here. */
  json: string;
  lang: 'en' | 'es';
}

/**
 * Paste a framework document into the `json` control: every widget renders it, inside one provider (answers
 * kept for this story only). A document with problems shows the provider's error box, each problem with its
 * JSON Pointer path, as `npx blueprint-widgets validate` prints them.
 */
const meta: Meta<Args> = {
  title: 'Playground/Your framework',
  args: { json: JSON.stringify(minimal, null, 2), lang: 'en' },
  argTypes: {
    json: { control: { type: 'text' } },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  parameters: { controls: { expanded: true } },
  render: (args) =>
    html`<blueprint-provider persist="off" lang=${args.lang} .framework=${args.json}>
      <h2>Reflect</h2>
      <capacity-rubric heading-level="3"></capacity-rubric>
      <h2>Profile</h2>
      <blueprint-bars editable></blueprint-bars>
      <h2>Equity considerations</h2>
      <equity-considerations heading-level="3"></equity-considerations>
      <h2>Resources</h2>
      <resource-library heading-level="3"></resource-library>
      <h2>Report</h2>
      <blueprint-report heading-level="3"></blueprint-report>
    </blueprint-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The smallest valid document (src/data/minimal.json). */
export const Minimal: Story = {};

/** The sample Framework for Improvement Teams. */
export const ImprovementTeams: Story = { args: { json: JSON.stringify(improvementTeams, null, 2) } };

/** The BELE sample. */
export const Bele: Story = { args: { json: JSON.stringify(bele, null, 2) } };

/** A document with mistakes: the located errors, instead of widgets. */
export const WithErrors: Story = {
  args: {
    json: JSON.stringify(
      {
        ...minimal,
        levels: [...minimal.levels, { id: 'top', rank: 7, label: 'Top' }],
        groups: [{ ...minimal.groups[0], capacities: [{ id: 'Not A Slug', label: 'Bad id' }] }],
      },
      null,
      2,
    ),
  },
};

/** Not JSON at all: the error says where it stops being JSON. */
export const NotJson: Story = { args: { json: '{ "schema": "blueprint-framework/1", "id": ' } };
