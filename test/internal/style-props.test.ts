/**
 * styleProps (src/internal/style-props.ts): inline styles through the CSS object model from the first
 * render on, so a strict Content-Security-Policy never sees a style attribute string from Lit. The policy
 * itself is checked on the built bundle by scripts/bundle-smoke.mjs.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from '../../src/internal/style-props.js';

describe('styleProps', () => {
  it('sets properties through el.style on the first render and removes the ones left out later', () => {
    const host = document.createElement('div');
    const seen: string[] = [];
    // Lit writes attribute strings with setAttribute: none may reach the style attribute.
    const original = Element.prototype.setAttribute; // eslint-disable-line @typescript-eslint/unbound-method -- restored below
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') seen.push(value);
      original.call(this, name, value);
    };
    const view = (props: StyleProps) => html`<p style=${styleProps(props)}>x</p>`;
    try {
      render(view({ '--x': '4px', top: '2px' }), host);
      const p = host.querySelector('p')!;
      expect(p.style.getPropertyValue('--x')).to.equal('4px');
      expect(p.style.top).to.equal('2px');
      render(view({ '--x': '6px' }), host);
      expect(p.style.getPropertyValue('--x')).to.equal('6px');
      expect(p.style.top).to.equal('');
    } finally {
      Element.prototype.setAttribute = original;
    }
    expect(seen).to.deep.equal([]);
  });

  it('refuses to share its attribute with other text (Lit would write that text as a style string)', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p style="color: red; ${styleProps({ top: '1px' })}"></p>`, host)).to.throw(
      /whole value of a style attribute/,
    );
  });
});
