/**
 * `style=${styleProps({ '--x': '4px', top: '2px' })}`: inline style properties set through the CSS object
 * model, on the first render too. Lit's styleMap writes a `style` attribute string on the first render, which
 * a strict Content-Security-Policy (`style-src 'self'` without 'unsafe-inline') blocks, so bars drawn from
 * custom properties would lose their geometry on such pages. Property names are written as in CSS
 * (dash-case, `--custom` properties); properties left out of a later value are removed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string>>;

class StylePropsDirective extends Directive {
  #previous: StyleProps = {};

  constructor(part: PartInfo) {
    super(part);
    // Alone in the attribute, or Lit would write the rest of it as an inline style string.
    const alone =
      part.type === PartType.ATTRIBUTE &&
      part.name === 'style' &&
      (!part.strings || (part.strings.length === 2 && part.strings.every((s) => s === '')));
    if (!alone) throw new Error('styleProps() must be the whole value of a style attribute');
  }

  render(props: StyleProps): typeof noChange {
    void props;
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const previous = this.#previous;
    const { style } = part.element;
    for (const name in previous) if (!Object.hasOwn(props, name)) style.removeProperty(name);
    // Only what changed: setting a custom property again, even to the same value, makes the browser restyle
    // the element and everything below it that inherits it (a re-render of 200 bars restyled the whole chart).
    for (const name in props) if (previous[name] !== props[name]) style.setProperty(name, props[name]);
    this.#previous = props;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
