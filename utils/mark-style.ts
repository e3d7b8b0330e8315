/**
 * The page stylesheet for marks. Keyed on our data-audit-* attributes and our flag class only, and
 * only paint that never moves anything: inset box-shadows (tint + ring), outlines, a corner
 * gradient for flagged cells (purple with a white edge, drawn over the cell's tint so it shows on
 * white, amber and red alike), an underline for flagged sentences.
 * A quiet cell (blank only) gets a thin dotted outline and no fill, so real defects stand out.
 * No border, padding, margin, content or font changes, so the page's layout and text stay as-is.
 */

const STYLE_ID = 'gra-audit-marks';

/** The class of a cell the user flagged: it says "flagged" and nothing more (no count, no note). */
export const FLAGGED_CLASS = 'gra-audit-flagged';

/** Severity colours, shared with the panel so a red dot there means a red cell here. */
export const COLOURS = { error: '#d93025', warning: '#e37400', info: '#1a73e8', flag: '#8e24aa' } as const;

/** The translucent fills of marked cells and sentences (the legend paints its swatches with them). */
export const TINT = {
  error: 'rgba(217,48,37,.14)',
  warning: 'rgba(249,171,0,.2)',
  fact: 'rgba(26,115,232,.13)',
  flag: 'rgba(142,36,170,.14)',
} as const;

/**
 * A flagged cell's corner: a purple triangle (legs about 17 px) edged in white, so it stands out
 * on a white, amber or red cell. A background layer, over the cell's tint, which a flagged marked
 * cell paints as a background too (an inset shadow would paint over the corner).
 */
export const FLAG_CORNER = `linear-gradient(225deg,${COLOURS.flag} 12px,#fff 12px,#fff 15px,transparent 15px)`;

const CSS = `
[data-audit-severity="error"]{box-shadow:inset 0 0 0 2px ${COLOURS.error},inset 0 0 0 100vmax ${TINT.error}!important}
[data-audit-severity="warning"]{box-shadow:inset 0 0 0 2px ${COLOURS.warning},inset 0 0 0 100vmax ${TINT.warning}!important}
[data-audit-severity="info"]{box-shadow:inset 0 0 0 1px ${COLOURS.info}!important}
[data-audit-quiet]:not([data-audit-pulse]){outline:1px dotted #5f6368!important;outline-offset:-3px!important}
[data-audit-quiet]{cursor:help}
[data-audit-severity]{cursor:help}
[data-audit-severity]:focus-visible{outline:2px solid ${COLOURS.info}!important;outline-offset:1px!important}
.${FLAGGED_CLASS}{background-image:${FLAG_CORNER}!important}
[data-audit-severity="error"].${FLAGGED_CLASS}{box-shadow:inset 0 0 0 2px ${COLOURS.error}!important;background-image:${FLAG_CORNER},linear-gradient(${TINT.error},${TINT.error})!important}
[data-audit-severity="warning"].${FLAGGED_CLASS}{box-shadow:inset 0 0 0 2px ${COLOURS.warning}!important;background-image:${FLAG_CORNER},linear-gradient(${TINT.warning},${TINT.warning})!important}
[data-audit-pulse]{animation:gra-audit-pulse .5s ease-in-out 4!important}
@keyframes gra-audit-pulse{50%{outline:3px solid ${COLOURS.info};outline-offset:2px}}
[data-audit-hl]::highlight(gra-fact){background-color:rgba(26,115,232,.13)}
[data-audit-hl]::highlight(gra-warning){background-color:rgba(249,171,0,.32)}
[data-audit-hl]::highlight(gra-error){background-color:rgba(217,48,37,.22);text-decoration:underline wavy ${COLOURS.error}}
[data-audit-hl]::highlight(gra-flag){background-color:${TINT.flag};text-decoration:underline solid ${COLOURS.flag} 2px}
[data-audit-hl]::highlight(gra-pulse){background-color:rgba(26,115,232,.5)}
span[data-audit-fact-mark="fact"]{background-color:rgba(26,115,232,.13)}
span[data-audit-fact-mark="warning"]{background-color:rgba(249,171,0,.32)}
span[data-audit-fact-mark="error"]{background-color:rgba(217,48,37,.22);text-decoration:underline wavy ${COLOURS.error}}
`;

/** Adds the stylesheet once (it is inert until attributes appear). */
export function addMarkStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Whether the stylesheet is in the document (marks are, or were and a copy of them may be). */
export function hasMarkStyle(doc: Document): boolean {
  return doc.getElementById(STYLE_ID) !== null;
}

/** Removes the stylesheet. */
export function removeMarkStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}

/** Whether a node is one we added to the page (our stylesheet, wrappers, panel host). */
export function isOurs(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return (
    el.id === STYLE_ID ||
    el.hasAttribute('data-audit-fact-mark') ||
    el.localName.startsWith('gra-audit-panel')
  );
}
