/** Data tables, read the same way from every format that has them (HTML, Markdown). */

/** One row of a table: its cells' text, and whether it is a heading row. */
export interface TableRow {
  heading: boolean;
  cells: string[];
}

/** A table whose cells run longer than this is a page's layout, not data. */
const MAX_CELL_WORDS = 25;

/**
 * A data table read row by row: each row becomes one paragraph that names its cells by their column's heading
 * ("Hospitality — Pay growth in 2024: 7.4%; Real pay against Q4 2021: +1.2%"), not a paragraph per cell that
 * says nothing alone ("7.4%"). Undefined for a layout table (one column, long cells), left as it is.
 */
export function tableLines(rows: readonly TableRow[]): string[] | undefined {
  const cells = rows.flatMap((r) => r.cells);
  if (
    rows.length < 2 ||
    rows.some((r) => r.cells.length < 2) ||
    cells.some((c) => c.split(/\s+/).length > MAX_CELL_WORDS)
  )
    return undefined;
  const head = rows[0]?.heading ? rows[0].cells : undefined;
  const body = head ? rows.slice(1) : rows;
  return body.map(({ cells: [first = '', ...rest] }) => {
    const named = rest.map((cell, i) => (head?.[i + 1] ? `${head[i + 1]}: ${cell || '–'}` : cell));
    return `${first} — ${named.join('; ')}`;
  });
}
