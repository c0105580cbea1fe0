import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { contentStyles, hostStyles } from '../src/internal/styles.js';

/**
 * The design language (docs/design-language.md), drawn with the widgets' own shared styles: the type scale,
 * the spacing scale, one surface, primary and secondary buttons, native checkboxes and radios, focus beside
 * "chosen", in the light and the dark scheme. A sample element adopts `hostStyles` and `contentStyles`
 * exactly as every widget does, so what is shown here is what the widgets get.
 */
class DesignSample extends LitElement {
  static override properties = { theme: { reflect: true } };
  declare theme?: 'light' | 'dark';

  static override styles = [
    hostStyles,
    contentStyles,
    css`
      .base {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      .part {
        display: grid;
        gap: calc(var(--_space) * 0.5);
      }
      .muted {
        color: var(--_muted);
        font-size: var(--_text-s);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) * 0.5);
      }
      .step {
        display: flex;
        align-items: center;
        gap: var(--_space);
      }
      .bar {
        height: 0.75rem;
        background: var(--_primary);
        border-radius: 2px;
      }
      .surface {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .surface hr {
        margin: var(--_space) 0;
        border: 0;
        border-top: 1px solid var(--_border);
      }
      .choice {
        display: flex;
        align-items: flex-start;
        gap: 0.5em;
        min-height: 1.75rem;
      }
      .sample {
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      /* The focus ring as :focus-visible draws it, shown without focus so both samples stay on screen. */
      .sample.focus-look {
        outline: var(--_ring);
        box-shadow: var(--_halo);
      }
      .sample.chosen-look {
        border-color: var(--_primary);
        box-shadow: inset 0 0 0 2px var(--_primary);
        background: var(--_selected);
        font-weight: 700;
      }
    `,
  ];

  override render() {
    const space = [0.25, 0.5, 1, 1.5, 2];
    return html`<div class="base" part="base">
      <div class="part">
        <h2 id="type">Type scale: a widget's title</h2>
        <h3>A section's title</h3>
        <p><strong>A label that must stand out</strong> and body text, at the base size.</p>
        <p class="muted">Small print: hints, counts and badges.</p>
      </div>
      <div class="part">
        <h3 id="space">Spacing: one unit (--bp-space) and its multiples</h3>
        ${space.map(
          (x) =>
            html`<div class="step">
              <span class="bar" style=${`width: calc(var(--_space) * ${x})`}></span
              ><span class="muted">× ${x}</span>
            </div>`,
        )}
      </div>
      <div class="part">
        <h3 id="buttons">Buttons: one primary action, the others secondary</h3>
        <div class="row">
          <button class="button primary" type="button">Print the report</button>
          <button class="button" type="button">Download the answers</button>
          <button class="button" type="button" disabled>Not yet</button>
        </div>
      </div>
      <div class="part">
        <h3 id="choices">Checkboxes and radios (native, on the text's baseline)</h3>
        <label class="choice"><input type="checkbox" checked /> Make this a priority</label>
        <label class="choice"><input type="checkbox" /> Show only open capacities</label>
        <fieldset class="row" style="border: 0; padding: 0; margin: 0">
          <legend class="muted">Where is the team?</legend>
          <label class="choice"><input type="radio" name="level" checked /> Practicing</label>
          <label class="choice"><input type="radio" name="level" /> Leading</label>
        </fieldset>
        <label class="choice" for="note">A field</label>
        <input id="note" class="field" type="text" value="Notes for the team" />
      </div>
      <div class="part">
        <h3 id="focus">Focus is not "chosen"</h3>
        <div class="row">
          <span class="sample focus-look">Focus: a two-tone ring</span>
          <span class="sample chosen-look">✓ Chosen: a fill, an edge and a mark</span>
          <span class="sample">Neither</span>
        </div>
      </div>
      <div class="part">
        <h3 id="surfaces">One level of surface</h3>
        <div class="surface">
          <p>A part that reads as a unit gets one box.</p>
          <hr />
          <p>Inside it, space and a rule separate things, never a second box.</p>
        </div>
      </div>
    </div>`;
  }
}
if (!customElements.get('bp-design-sample')) customElements.define('bp-design-sample', DesignSample);

const meta: Meta = {
  title: 'Guides/Design language',
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** The whole language in the scheme the toolbar (or the page) gives. */
export const Overview: Story = {
  render: () => html`<bp-design-sample></bp-design-sample>`,
};

/** Light and dark side by side: the dark sample is forced, so it paints its own slab with room inside. */
export const LightAndDark: Story = {
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1.5rem"
    >
      <bp-design-sample theme="light"></bp-design-sample>
      <bp-design-sample theme="dark"></bp-design-sample>
    </div>`,
};
