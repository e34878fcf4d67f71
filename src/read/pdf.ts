import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import { LuoshiError } from '../errors.js';
import { checkPdfStreams } from './decompressed.js';
import { READ_LIMITS, type ReadLimits } from './limits.js';

/**
 * Adobe's predefined CJK CMaps (UniGB-UCS2-H, GBK-EUC-H, ETen-B5-H …), which Chinese PDFs made with standard
 * fonts such as STSong-Light need: they come with pdfjs-dist, and pdf.js in Node reads them from a path.
 */
const CMAPS = fileURLToPath(new URL('./cmaps/', import.meta.resolve('pdfjs-dist/package.json')));

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

/** A run of text where pdf.js placed it (PDF coordinates: y grows upwards). */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  /** Where the last run on the line ends. */
  end: number;
}

/** pdf.js logs warnings about damaged files to the console; luoshi reports them as one error instead. */
const ERRORS_ONLY = 0;
/** Runs whose baselines differ by less than this share of the font size are one line. */
const SAME_LINE = 0.3;
/** A baseline gap above this many font sizes is a blank line between paragraphs (lines are ~1.2–1.5 apart). */
const PARAGRAPH_GAP = 1.8;
/**
 * Runs on one baseline this many font sizes apart are cells of a table row (序号 | 工作任务 | 牵头单位): a tab
 * between them, as the HTML reader puts between cells. Words of running text are never set this far apart.
 */
const CELL_GAP = 1.5;
/** A line starting this many font sizes right of the page's left margin opens a paragraph (首行缩进两字). */
const PARAGRAPH_INDENT = 1.5;

/**
 * The text layer of a PDF, one line per line, a blank line between paragraphs, pages joined by a line break.
 * A file that would inflate past the limit, or has more pages than it, is refused before any text is read.
 */
export async function readPdf(
  bytes: Uint8Array,
  subject: string,
  limits: Pick<ReadLimits, 'pages' | 'decompressedBytes'> = READ_LIMITS,
): Promise<string> {
  await checkPdfStreams(bytes, subject, limits.decompressedBytes);
  // pdf.js may take over the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: ERRORS_ONLY, cMapUrl: CMAPS, cMapPacked: true }).catch((e: unknown) => {
    const reason = e instanceof Error && e.name === 'PasswordException' ? 'it is password-protected' : errorText(e);
    throw new LuoshiError('BAD_DOCUMENT', subject, `not a readable PDF: ${reason}`);
  });
  if (pdf.numPages > limits.pages) {
    await pdf.destroy();
    throw new LuoshiError('TOO_MANY_PAGES', subject, `the limit is ${limits.pages}, it has ${pdf.numPages}`);
  }
  const pages = await pagesText(pdf).catch((e: unknown) => {
    throw new LuoshiError('BAD_DOCUMENT', subject, `a damaged PDF: ${errorText(e)}`);
  }).finally(() => pdf.destroy());
  const text = pages.join('\n').trim();
  if (!text) throw new LuoshiError('NO_TEXT', subject, 'a PDF without a text layer, probably a scan: run OCR on it first');
  return text;
}

/**
 * The text of each page, one page after the other, each page's runs dropped once it is text: pdf.js keeps an
 * object per run, so reading all pages at once (as unpdf's extractTextItems does) holds every run of the file.
 */
async function pagesText(pdf: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const items: Item[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue; // a marked-content boundary
      const [, , c, d, x, y] = item.transform as number[];
      items.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) });
    }
    pages.push(pageText(items));
    page.cleanup();
  }
  return pages;
}

function pageText(items: Item[]): string {
  const lines = toLines(items);
  const margin = lines.reduce((least, line) => Math.min(least, line.x), Infinity);
  return lines
    .map((line, i) => {
      const previous = lines[i - 1];
      if (!previous) return line.text;
      const gap = previous.y - line.y;
      const size = Math.max(previous.size, line.size);
      const opensParagraph = gap > size * PARAGRAPH_GAP || gap < 0 || line.x > margin + line.size * PARAGRAPH_INDENT;
      return (opensParagraph ? '\n\n' : '\n') + line.text;
    })
    .join('');
}

/** Groups runs into lines by baseline; empty runs only mark line ends, which the baselines already show. */
function toLines(items: Item[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) < Math.max(last.size, item.fontSize) * SAME_LINE) {
      // the gap before the run, or a run of white space pdf.js puts in the gap
      const gap = Math.max(item.x - last.end, item.str.trim() === '' ? item.width : 0);
      const cell = gap >= Math.max(last.size, item.fontSize) * CELL_GAP && last.text.trim() !== '';
      last.text = cell ? `${last.text.trimEnd()}\t${item.str.trimStart()}` : last.text + item.str;
      last.size = Math.max(last.size, item.fontSize);
      last.end = item.x + item.width;
    } else {
      lines.push({ text: item.str, x: item.x, y: item.y, size: item.fontSize, end: item.x + item.width });
    }
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+$/, '') }))
    .filter((line) => line.text.trim());
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
}
