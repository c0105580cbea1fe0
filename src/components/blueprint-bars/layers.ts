/**
 * `<span class="track" ${layers(list)}>`: renders `list` (a bar's optional layers: its state words, the
 * snapshot's outline, the preview, the raters' spread) at the end of the element, after what its template put
 * there. A child binding in the template would cost every bar a marker comment whether it has layers or not,
 * and almost none has: 2,000 bars, 2,000 nodes (issue 14). Here a bar gets a marker only once it has had a
 * layer, and keeps it (the layers come and go through the same part, as a binding's would).
 */
import { nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class LayersDirective extends Directive {
  #drawn = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('layers() goes on an element, as an attribute');
  }

  render(list: readonly TemplateResult[]): typeof nothing {
    void list;
    return nothing;
  }

  override update(part: ElementPart, [list]: [readonly TemplateResult[]]): typeof nothing {
    if (list.length || this.#drawn) {
      // The host's options but not where it renders: `renderBefore` is a node of the shadow root, not of this element.
      const { host, creationScope } = part.options ?? {};
      render(list.length ? list : nothing, part.element as HTMLElement, { host, creationScope });
      this.#drawn = true;
    }
    return nothing;
  }
}

export const layers = directive(LayersDirective);
