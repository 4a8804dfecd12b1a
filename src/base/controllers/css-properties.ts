import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

type Properties = Record<`--${string}`, string | number>;

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), the way a
 * template can size or place something without a `style` attribute, which a strict
 * Content-Security-Policy (no `unsafe-inline` styles) blocks. Only changed values are written.
 *
 * `<div class="spacer" ${cssProperties({ '--_rows': 12 })}></div>`
 */
class CssPropertiesDirective extends Directive {
  private written: Partial<Record<string, string>> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element');
  }

  render(_properties: Properties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): unknown {
    const { style } = part.element as HTMLElement;
    const next: Partial<Record<string, string>> = {};
    for (const [name, value] of Object.entries(properties)) {
      const text = String(value);
      next[name] = text;
      if (this.written[name] !== text) style.setProperty(name, text);
    }
    for (const name of Object.keys(this.written)) {
      if (!(name in next)) style.removeProperty(name);
    }
    this.written = next;
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
