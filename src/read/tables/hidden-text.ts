/**
 * How pages hide text a reader does not see but a copy picks up: anti-copy junk and watermarks wedged between the
 * characters of an article (广告, qq123, a site name), hidden by an inline style, a style rule of the page, or
 * the hidden attribute. Our own analysis of government portals and the sites that repost their reports.
 */

/** A CSS declaration list that hides its element: no box, invisible, zero-size type, or fully transparent. */
export const HIDING_DECLARATION =
  /(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?|opacity\s*:\s*0(?:\.0+)?|width\s*:\s*0(?:px)?\s*;[^}]*?height\s*:\s*0(?:px)?|height\s*:\s*0(?:px)?\s*;[^}]*?overflow\s*:\s*hidden)\s*(?:!important\s*)?(?=;|}|$)/i;

/** A rule of a page's style sheet: its selectors (group 1) and declarations (group 2). Comments are removed first. */
export const STYLE_RULE = /([^{}@]+)\{([^{}]*)\}/g;

/** A selector simple enough to find on its own: a class, an id, or a tag with a class (span.x, #wm, .hide). */
export const SIMPLE_SELECTOR = /^(?:[a-z][a-z0-9]*)?(?:[.#][\w-]+)+$/i;
