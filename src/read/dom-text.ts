/**
 * The text of a DOM subtree as a reader sees it: paragraphs on their own lines, source line wrapping gone.
 * Works on linkedom nodes through the few DOM members used here.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'SELECT', 'BUTTON']);
/** Head content, skipped too: linkedom does not move a stray <title> or <meta> into <head> as browsers do. */
const HEAD = new Set(['HEAD', 'TITLE', 'META', 'LINK', 'BASE']);
/** Paragraph-like blocks: a blank line around them. */
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'HR', 'FIGURE']);
/** Other blocks: a line break around them (a div per paragraph is common on government sites). */
const LINES = new Set([
  'DIV', 'LI', 'TR', 'DT', 'DD', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'ADDRESS',
  'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION', 'FIGCAPTION', 'THEAD', 'TBODY', 'TFOOT', 'BODY', 'HTML',
]);
/** Table cells: a tab between them, so a row of indicators stays one line. */
const CELLS = new Set(['TD', 'TH']);

/** Whitespace HTML collapses (not U+3000, the ideographic space authors type as indentation). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
/** A source line break between two CJK characters is dropped, not made a space (CSS Text 3, segment breaks). */
const CJK_WRAP = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef])[ \t\r\f]*\n[ \t\n\r\f]*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

type Piece = string | { break: 1 | 2 };
/** A node still to visit, or the pieces that close an element once its children are done. */
type Step = { node: DomNode; pre: boolean } | { closing: Piece[] };

/** Depth first with a stack of its own rather than recursion: a hostile page nests 200,000 elements deep. */
export function domText(root: DomNode): string {
  const pieces: Piece[] = [];
  const steps: Step[] = [{ node: root, pre: false }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('closing' in step) {
      for (const piece of step.closing) pieces.push(piece);
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      pieces.push(pre ? value : value.replace(CJK_WRAP, '$1').replace(COLLAPSIBLE, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag) || HEAD.has(tag)) continue;
    if (tag === 'BR') {
      pieces.push('\n');
      continue;
    }
    const around: Piece | undefined = PARAGRAPHS.has(tag) ? { break: 2 } : LINES.has(tag) ? { break: 1 } : undefined;
    if (around) pieces.push(around);
    const closing: Piece[] = around ? [around] : [];
    if (CELLS.has(tag)) closing.push('\t');
    if (closing.length) steps.push({ closing });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) steps.push({ node: children[i], pre: pre || tag === 'PRE' });
  }
  return join(pieces);
}

/** Joins the pieces: adjacent breaks merge into the strongest; spaces at line edges go. */
function join(pieces: Piece[]): string {
  let out = '';
  let pending = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      pending = Math.max(pending, piece.break);
      continue;
    }
    if (piece.trim()) {
      if (out) out += '\n'.repeat(pending);
      pending = 0;
    }
    if (out || piece.trim()) out += piece;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
