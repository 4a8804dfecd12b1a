import { strings } from '../strings.js';

/**
 * The one console warning for a problem a widget shows: prefixed with the package and the tag,
 * so a partner reading the console knows which widget on the page is speaking.
 */
export function warn(element: Element, message: string): void {
  const label = element.id ? `<${element.localName} id="${element.id}">` : `<${element.localName}>`;
  console.warn(`${strings.warnings.prefix} ${label} ${message}`);
}
