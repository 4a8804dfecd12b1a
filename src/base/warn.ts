import { warningStrings } from '../strings/locale.js';

/**
 * The one console warning for a problem a widget shows: prefixed with the package and the tag,
 * so a partner reading the console knows which widget on the page is speaking.
 */
export function warn(element: Element, message: string): void {
  const label = element.id ? `<${element.localName} id="${element.id}">` : `<${element.localName}>`;
  console.warn(`${warningStrings.prefix} ${label} ${message}`);
}
