// Autodocs tables and controls for a widget, from custom-elements.json alone. Replaces the
// renderer's own extraction, which keys everything by bare name (so the part `label` hides the
// attribute `label`) and gives controls to parts and to types it cannot read.
import type { ArgTypes, InputType, SBType } from 'storybook/internal/types';
import { elementOf, handlerName } from '../stories/support/manifest.js';
import type { ApiItem } from '../stories/support/manifest.js';
import { areaPicker } from '../stories/support/datasets.js';

type Category =
  'attributes' | 'properties' | 'events' | 'slots' | 'css custom properties' | 'css shadow parts';

/** A control's type from the type text: `number | null` is a number, `'a' | 'b'` a choice. */
function typeOf(text: string | undefined, isAttribute: boolean): SBType {
  const parts = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) {
    return { name: 'enum', value: parts.map((part) => part.slice(1, -1)) };
  }
  const [only] = parts;
  if (parts.length === 1 && (only === 'number' || only === 'boolean' || only === 'string')) {
    return { name: only };
  }
  // An attribute is text whatever the property holds (`level-labels` is `a | b | c`).
  return isAttribute ? { name: 'string' } : { name: 'other', value: text ?? 'unknown' };
}

/** A union of string literals is a choice: a select of its values. */
function selectFor(type: SBType): Partial<InputType> {
  return type.name === 'enum' ? { options: type.value, control: { type: 'select' } } : {};
}

/** One row of the table; `type` decides the control unless `control` is given. */
function row(
  item: ApiItem,
  category: Category,
  options: { type?: SBType; control?: InputType['control']; name?: string },
): InputType {
  const { type, control, name = item.name } = options;
  return {
    name,
    description: item.description,
    ...(type ? { type: { ...type, required: false } } : {}),
    ...(control === undefined ? {} : { control }),
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  };
}

export function extractArgTypes(tagName: string): ArgTypes | null {
  const element = elementOf(tagName);
  if (!element) return null;
  const argTypes: ArgTypes = {};
  const add = (key: string, argType: InputType) => {
    argTypes[key] = argType;
  };
  for (const item of element.attributes ?? []) {
    const type = typeOf(item.type?.text, true);
    // `area` is an id in the data: a select of the embedded default's areas, which a story on
    // other data replaces with its dataset's (`areaPicker` in stories/support/datasets.ts).
    const control = item.name === 'area' ? areaPicker() : selectFor(type);
    add(item.name, { ...row(item, 'attributes', { type }), ...control });
  }
  for (const item of element.members ?? []) {
    const type = typeOf(item.type?.text, false);
    add(item.name, { ...row(item, 'properties', { type }), ...selectFor(type) });
  }
  for (const item of element.events ?? []) {
    // The handler is the arg (an action in the Actions panel); the event's row documents it.
    const handler = handlerName(item.name);
    add(handler, { name: handler, action: item.name, table: { disable: true } });
    add(item.name, row(item, 'events', { control: false }));
  }
  for (const item of element.slots ?? []) {
    const name = item.name ? `slot="${item.name}"` : 'default slot';
    add(name, row(item, 'slots', { control: false, name }));
  }
  for (const item of element.cssProperties ?? []) {
    const control = { type: /color|track/.test(item.name) ? 'color' : 'text' } as const;
    add(item.name, row(item, 'css custom properties', { type: { name: 'string' }, control }));
  }
  for (const item of element.cssParts ?? []) {
    const name = `::part(${item.name})`;
    add(name, row(item, 'css shadow parts', { control: false, name }));
  }
  return argTypes;
}
