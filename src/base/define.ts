import { warningStrings } from '../strings/locale.js';
import { version } from '../version.js';

interface VersionedElement extends CustomElementConstructor {
  version?: string;
}

/** Whether this copy of the library already said it found another copy. */
let warnedDuplicate = false;

/**
 * Defines a tag unless it already is: a page may load the bundle twice, or two versions, and
 * neither may throw. The first definition wins; each later copy says so once in the console,
 * naming both versions.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || warnedDuplicate) return;
  warnedDuplicate = true;
  console.warn(
    `${warningStrings.prefix} ${warningStrings.duplicateDefine(
      tag,
      existing.version ?? 'unknown',
      element.version ?? version,
    )}`,
  );
}
