import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { LuoshiError } from '../errors.js';
import { domText, type DomNode } from './dom-text.js';
import { decodeText, type Decoded, type EncodingHints } from './encoding.js';
import { READ_LIMITS, type ReadLimits } from './limits.js';
import { HIDING_DECLARATION, SIMPLE_SELECTOR, STYLE_RULE } from './tables/hidden-text.js';

/**
 * A saved web page as text: the page <title> on the first line, a blank line, then the main content found by
 * Readability (or all the body text when it finds too little), one paragraph per line.
 *
 * For a page, "the original" that every later offset indexes is this extracted text, not the HTML source:
 * it is what a reader sees and what the user is shown spans of.
 */
export interface PageText extends Decoded {
  title: string;
}

/** The start searched for a charset declaration: the WHATWG prescan looks at 1024 bytes, but Chinese
 *  sites often put long <title> and keyword metas first. */
const PRESCAN_BYTES = 8 * 1024;
/** `<meta charset=gbk>`, `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`, `<?xml encoding=…?>`. */
const CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;
/** Below this share of the body text, Readability has picked a fragment (a sidebar, a caption), not the article. */
const MIN_ARTICLE_SHARE = 0.25;
/**
 * Readability walks each element's subtree, so its time grows with the cube of the nesting depth (3 s at 500
 * levels, 22 s at 1,000): a page nested deeper than this, which no real page is, gets its body text instead.
 */
const READABILITY_MAX_DEPTH = 200;

export function readHtml(bytes: Uint8Array, subject: string, override?: string, limits: Pick<ReadLimits, 'nesting'> = READ_LIMITS): PageText {
  const hints: EncodingHints = { override, declared: declaredCharset(bytes) };
  const decoded = decodeText(bytes, subject, hints);
  const depth = nestingDepth(decoded.text, limits.nesting);
  if (depth > limits.nesting) throw new LuoshiError('TOO_DEEP', subject, `the limit is ${limits.nesting} levels`);
  const { document } = parseHTML(decoded.text);
  withoutHiddenText(document);
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // The whole document rather than <body>: linkedom leaves content outside <body> when a page omits it.
  const bodyText = domText(document as unknown as DomNode);

  const articleText = depth <= READABILITY_MAX_DEPTH ? mainContent(decoded.text) : '';
  const body = articleText && articleText.length >= bodyText.length * MIN_ARTICLE_SHARE ? articleText : bodyText;

  if (!body) throw new LuoshiError('NO_TEXT', subject, 'a web page without any body text');
  return { ...decoded, title, text: [title, body].filter(Boolean).join('\n\n') };
}

/**
 * How deep the page nests its elements, as htmlparser2 (linkedom's parser) builds them, implied end tags
 * closed; counting stops past `limit`, for the parser's own time grows with the square of the depth.
 */
function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag: () => {
      deepest = Math.max(deepest, ++depth);
      if (depth > limit) parser.pause();
    },
    onclosetag: () => void depth--,
  });
  parser.end(html);
  return deepest;
}

/** The text of the article Readability finds, or '' when it finds none. */
function mainContent(html: string): string {
  // Readability rewrites the document it is given, so it gets its own parse; the serializer hands back the node.
  const { document } = parseHTML(html);
  withoutHiddenText(document);
  const reader = new Readability(document as unknown as Document, { serializer: (node) => node });
  try {
    const content = reader.parse()?.content;
    return content ? domText(content as unknown as DomNode) : '';
  } catch {
    // Its heuristics can fail on odd markup; the body text is then the fallback, as for a page it finds nothing in.
    return '';
  }
}

type Page = ReturnType<typeof parseHTML>['document'];

/**
 * Removes what the page hides from its reader (tables/hidden-text.ts): elements hidden by their own style or the
 * hidden attribute, and those a rule of the page's style sheets hides by a simple selector.
 */
function withoutHiddenText(document: Page): void {
  const hidden = new Set<Element>();
  for (const el of Array.from(document.querySelectorAll('[style], [hidden]'))) {
    if (el.hasAttribute('hidden') || HIDING_DECLARATION.test(el.getAttribute('style') ?? '')) hidden.add(el);
  }
  for (const sheet of Array.from(document.querySelectorAll('style'))) {
    const css = (sheet.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors, declarations] of css.matchAll(STYLE_RULE)) {
      if (!HIDING_DECLARATION.test(declarations!)) continue;
      for (const selector of selectors!.split(',').map((s: string) => s.trim())) {
        if (SIMPLE_SELECTOR.test(selector)) for (const el of Array.from(document.querySelectorAll(selector))) hidden.add(el);
      }
    }
  }
  for (const el of hidden) el.remove();
}

/** The charset a page declares in its first bytes, read as ASCII (markup is ASCII in every encoding but UTF-16). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const match = CHARSET.exec(head);
  const charset = match?.[1] ?? match?.[2];
  // A page that could declare anything in ASCII is not UTF-16; the WHATWG standard reads it as UTF-8.
  return charset && /^utf-?16/i.test(charset) ? 'utf-8' : charset;
}
