import { dsvFormat } from 'd3-dsv';

/**
 * One sheet as a spreadsheet program exports it, read forgivingly: a UTF-8 byte-order mark,
 * CRLF line ends, `;` (European locales) or tabs as the separator, quoted fields with line
 * breaks, spaces around values, and trailing empty rows and columns are all taken in stride.
 */
export interface Sheet {
  /** The header row's names, trimmed, empty trailing columns left out. */
  columns: string[];
  /** Each data row by column name, values trimmed; `row` is its row number in the sheet (2 on). */
  rows: { row: number; values: Record<string, string> }[];
}

/** The separator the header row uses, outside quotes: `,`, `;` or a tab, whichever is most. */
function separatorOf(text: string): string {
  let quoted = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char]! += 1;
  }
  return Object.entries(counts).reduce(
    (best, entry) => (entry[1] > best[1] ? entry : best),
    [',', 0],
  )[0];
}

/**
 * A cell without the spaces around it; a quoted value after a space (`a, "b, c"`), which the
 * parser takes as text, loses its quotes as it would have without the space.
 */
function unspace(cell: string): string {
  const value = cell.trim();
  return value.length > 1 && value.startsWith('"') && value.endsWith('"') && value !== cell
    ? value.slice(1, -1).replaceAll('""', '"')
    : value;
}

export function parseSheet(text: string): Sheet {
  const body = text.replace(/^\uFEFF/, '');
  const grid = dsvFormat(separatorOf(body)).parseRows(body, (cells) => cells.map(unspace));
  const header = grid[0] ?? [];
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width -= 1;
  const columns = header.slice(0, width);
  const rows: Sheet['rows'] = [];
  grid.slice(1).forEach((cells, index) => {
    if (cells.every((cell) => cell === '')) return;
    const values: Record<string, string> = {};
    columns.forEach((column, at) => {
      if (column) values[column] = cells[at] ?? '';
    });
    rows.push({ row: index + 2, values });
  });
  return { columns, rows };
}

/** A sheet as CSV text: comma-separated, quoted where needed, with a final line break. */
export function formatSheet(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return `${dsvFormat(',').formatRows([[...columns], ...rows.map((row) => [...row])])}\n`;
}
