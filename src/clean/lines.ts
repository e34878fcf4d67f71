/** A line of a text with where it starts; the body finder and the line-break pass both read texts by line. */
export interface Line {
  start: number;
  text: string;
  /** Length without surrounding white space: 0 for a blank line. */
  length: number;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, length: raw.trim().length, text: raw });
    start += raw.length + 1;
  }
  return lines;
}
