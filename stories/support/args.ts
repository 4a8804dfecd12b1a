// Applies a story's args to a widget the way custom-elements.json says each is used, so every
// control a designer changes reaches the element and the story's "Show code" reads as HTML.
import { nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import type { Args } from '@storybook/web-components';
import { elementOf, handlerName } from './manifest.js';

/** Applies one arg's value and returns how to take it off again. */
type Setter = (element: HTMLElement, value: unknown) => () => void;

/** One setter per arg name the manifest gives a tag: attribute, property, token or event. */
function settersFor(tagName: string): Map<string, Setter> {
  const declaration = elementOf(tagName);
  if (!declaration) throw new Error(`<${tagName}> is not in custom-elements.json`);
  const setters = new Map<string, Setter>();
  for (const { name } of declaration.attributes ?? []) {
    setters.set(name, (element, value) => {
      element.setAttribute(name, value === true ? '' : String(value));
      return () => element.removeAttribute(name);
    });
  }
  for (const { name } of declaration.members ?? []) {
    setters.set(name, (element, value) => {
      Reflect.set(element, name, value);
      return () => Reflect.set(element, name, undefined);
    });
  }
  for (const { name } of declaration.cssProperties ?? []) {
    setters.set(name, (element, value) => {
      element.style.setProperty(name, String(value));
      return () => {
        element.style.removeProperty(name);
        if (element.style.length === 0) element.removeAttribute('style');
      };
    });
  }
  for (const { name } of declaration.events ?? []) {
    setters.set(handlerName(name), (element, listener) => {
      element.addEventListener(name, listener as EventListener);
      return () => element.removeEventListener(name, listener as EventListener);
    });
  }
  return setters;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === false || value === '';

class ArgsDirective extends Directive {
  /** How to undo each arg applied last time, so a cleared control clears the element. */
  private readonly applied = new Map<string, { value: unknown; undo: () => void }>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('args() belongs on an element');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const element = part.element as HTMLElement;
    const setters = settersFor(element.localName);
    for (const [name, { value, undo }] of this.applied) {
      if (args[name] === value) continue;
      undo();
      this.applied.delete(name);
    }
    for (const [name, value] of Object.entries(args)) {
      const setter = setters.get(name);
      // An empty control means "not set": no attribute, no property, no token.
      if (!setter || this.applied.has(name) || isEmpty(value)) continue;
      this.applied.set(name, { value, undo: setter(element, value) });
    }
    return nothing;
  }
}

/**
 * `<bl-outcome-ring ${args(context.args)}>`: sets each arg as the manifest says (attributes as
 * attributes, properties as properties, `--bl-*` tokens as custom properties on the element,
 * `on<Event>` actions as listeners for the widget's events) and ignores args it does not know.
 */
export const args = directive(ArgsDirective);
