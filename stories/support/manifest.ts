// The widgets' public API as custom-elements.json states it (generated from their JSDoc), for
// the stories' args and the docs pages' tables. Nothing here describes a widget by hand.
import { getCustomElements } from '@storybook/web-components';

/** An attribute, member, event, part or CSS property in the manifest. */
export interface ApiItem {
  name: string;
  kind?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  inheritedFrom?: { name: string; module?: string };
}

export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ApiItem[];
  members?: ApiItem[];
  events?: ApiItem[];
  slots?: ApiItem[];
  cssParts?: ApiItem[];
  cssProperties?: ApiItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[] }[];
}

/**
 * What a page author can use, for Storybook: drops private, protected and static members, and
 * members an attribute already covers, so each control appears once under its attribute name.
 */
export function publicApi(manifest: unknown): Manifest {
  if (!Array.isArray((manifest as Partial<Manifest> | undefined)?.modules)) {
    throw new Error('custom-elements.json is missing or not a manifest: run npm run analyze');
  }
  const isPublicProperty = (member: ApiItem) =>
    member.kind === 'field' &&
    !member.static &&
    !member.readonly &&
    !member.attribute &&
    (member.privacy ?? 'public') === 'public';
  const { modules, ...rest } = manifest as Manifest;
  return {
    ...rest,
    modules: modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? { ...declaration, members: (declaration.members ?? []).filter(isPublicProperty) }
          : declaration,
      ),
    })),
  };
}

/** Every custom element in the manifest Storybook was given, in tag order. */
export function elements(): ElementDeclaration[] {
  const manifest = getCustomElements() as Manifest | undefined;
  if (!manifest?.modules) throw new Error('custom-elements.json was not loaded: run npm run build');
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName?.startsWith('bl-'))
    .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
}

export function elementOf(tagName: string): ElementDeclaration | undefined {
  return elements().find((declaration) => declaration.tagName === tagName);
}

/** The name of the arg Storybook gives an event: `bl-data-load` becomes `onBlDataLoad`. */
export function handlerName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_, chr?: string) =>
    chr ? chr.toUpperCase() : '',
  );
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

export interface SharedItem {
  name: string;
  description: string;
  /** Tags of the widgets that have it. */
  widgets: string[];
}

/**
 * Parts or CSS properties across every widget, each listed once with the widgets that have it;
 * `widgets` is empty when every widget that has any has this one (the base element's).
 */
export function collect(kind: 'cssParts' | 'cssProperties'): SharedItem[] {
  const byName = new Map<string, SharedItem>();
  const having = elements().filter((element) => (element[kind] ?? []).length > 0);
  for (const element of having) {
    for (const item of element[kind] ?? []) {
      const entry = byName.get(item.name) ?? {
        name: item.name,
        description: item.description ?? '',
        widgets: [],
      };
      entry.widgets.push(element.tagName ?? element.name);
      byName.set(item.name, entry);
    }
  }
  return [...byName.values()]
    .map((item) => (item.widgets.length === having.length ? { ...item, widgets: [] } : item))
    .sort((a, b) => Math.sign(a.widgets.length) - Math.sign(b.widgets.length));
}
