import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property` and `@state` for the one decorator form this project compiles to
 * (TypeScript's `experimentalDecorators`). Lit's own decorators also carry the standard
 * decorator form and its metadata, half a kilobyte that every page would download for nothing.
 * Named as Lit names them, so the manifest's analyzer reads them as Lit's.
 */
export function property(options?: PropertyDeclaration) {
  return (proto: object, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Internal reactive state: re-renders on change, with no attribute. */
export function state(options?: PropertyDeclaration) {
  return property({ ...options, state: true, attribute: false });
}
