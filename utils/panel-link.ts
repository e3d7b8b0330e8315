/**
 * The channel between a content script and its panel: an extension-origin iframe (entrypoints/
 * panel-frame) that the page can neither read nor hear. The content script hands the frame one end
 * of a MessageChannel with a random token only the two of them know (it is in the frame's URL,
 * inside a closed shadow root); notes never cross it (the frame writes them to storage itself), and
 * nothing travels through the page's window, whose scripts could listen.
 */
import type { Check, Finding, Template } from '../lib/model';

/** The frame's page, as listed in the manifest's web_accessible_resources. */
export const PANEL_PAGE = '/panel-frame.html' as const;

/** A cell the user asked to flag (Alt-click, 标记此处): its address (null: a text quote) and quote. */
export interface EditRequest {
  /** Grows with every request, so a second Alt-click gives a fresh form. */
  id: number;
  address: string | null;
  quote: string;
  /** A text flag's place in the page's text (see FlagSchema's `at`). */
  at?: number;
}

/** content → frame: everything the panel shows (sent again whenever any of it changes). */
export interface PanelState {
  kind: 'state';
  /** The page the flags belong to (its frame's URL). */
  url: string;
  findings: Finding[];
  checks?: Check[];
  template: Template | null;
  /** Every cell address and fact key the report has (a flag on anything else is an orphan). */
  anchors: string[];
  /** Ids of the quote-only flags whose quote is no longer in the page's text. */
  lostQuotes: string[];
  marksOn: boolean;
  expanded: boolean;
  editing: EditRequest | null;
  /**
   * Set when the page's audit threw: its message (the audit's own, never a note), cut to
   * ERROR_MAX; the panel then shows 核查出错 / Audit failed and no counts.
   */
  error?: string;
}

/** The longest audit error message the panel is sent. */
export const ERROR_MAX = 300;

/**
 * A text flag's target for `locate` (a flag on text has no cell address): `text-flag:` and its id.
 * The page script finds the flag among the page's flags by that id and shows its sentence.
 */
export const TEXT_FLAG = 'text-flag:';

/** content → frame: the answer to a save or a focus request. */
export type PanelReply = { kind: 'saved'; ok: boolean } | { kind: 'focused'; shown: boolean };

/** frame → content: what the user did in the panel. */
export type PanelAction =
  | { kind: 'focus'; index: number }
  /** Show a flagged cell (an address) or flagged text (TEXT_FLAG + the flag's id) on the page. */
  | { kind: 'locate'; address: string }
  | { kind: 'marks'; on: boolean }
  | { kind: 'save' }
  | { kind: 'expand'; on: boolean }
  | { kind: 'closeEditor' };

/**
 * What the frame sends, validated (the page script trusts no payload it did not make), or null.
 * Checked by hand rather than with a schema library: the page script, which every report page
 * compiles cold, carries this and nothing of zod (panel-link.test.ts tries every kind).
 */
export function panelAction(d: unknown): PanelAction | null {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return null;
  const a = d as Record<string, unknown>;
  // A strict object: `kind` and exactly the fields of its kind.
  const has = (...k: string[]) =>
    Object.keys(a).every((x) => x === 'kind' || k.includes(x)) && k.every((x) => Object.hasOwn(a, x));
  switch (a.kind) {
    case 'focus': {
      const i = a.index;
      return has('index') && Number.isInteger(i) && (i as number) >= 0 && (i as number) <= 100_000
        ? { kind: 'focus', index: i as number }
        : null;
    }
    case 'locate':
      return has('address') && typeof a.address === 'string' && a.address.length <= 200
        ? { kind: 'locate', address: a.address }
        : null;
    case 'marks':
    case 'expand':
      return has('on') && typeof a.on === 'boolean' ? { kind: a.kind, on: a.on } : null;
    case 'save':
    case 'closeEditor':
      return has() ? { kind: a.kind } : null;
    default:
      return null;
  }
}

/** A fresh random token (hex), for one panel frame. */
export function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
