/**
 * The note form for a new flag, shown in the page's panel frame (extension origin) on Alt-click or
 * 标记此处: what is typed here never reaches the page, and the note goes straight to extension
 * storage. The quote is page text and is shown as a text node only.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../lib/model';
import { saveFlag } from '../utils/flags';
import { cellName, errorText } from './lang';
import { i18n } from './popup/i18n';

/** Where the flag goes: a canonical address (or null for text only), the quoted text, the page. */
export interface FlagEditorProps {
  address: string | null;
  quote: string;
  /** A text flag's place in the page's text (see FlagSchema's `at`). */
  at?: number;
  /** A PDF report's page the cell or quote is printed on (the review view). */
  page?: number;
  pageUrl: string;
  /** The report's template, for the cell's label (表三 本年新收 · 总计). */
  template?: Template | null;
  onClose(): void;
}

/** Long quotes are cut for display only; the stored quote stays whole so it can re-anchor. */
const SHOWN_QUOTE = 160;

/** Our own static CSS (never page text). */
const CSS = `
.gra-flag-editor{font:13px/1.5 "Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;color:#1d1d1d;
  background:#fff;border:2px solid #6b3fa0;border-radius:6px;padding:8px 10px;margin:6px;box-shadow:0 2px 8px #0003}
.gra-flag-editor h2{font-size:13px;margin:0 0 4px;color:#6b3fa0}
.gra-flag-editor blockquote{margin:0 0 6px;color:#555;font-size:12px;border-left:2px solid #ccc;padding-left:6px}
.gra-flag-editor textarea{width:100%;box-sizing:border-box;min-height:4em;font:inherit}
.gra-flag-editor .row{display:flex;gap:6px;justify-content:flex-end;margin-top:6px}
.gra-flag-editor .err{color:#b3261e}`;

/**
 * The note being typed, by what it flags: should the form be drawn again (its panel re-rendered from
 * scratch), it comes back with the text instead of empty. Only in this extension page's memory.
 */
let draft: { of: string; note: string } | null = null;

/**
 * The form: where, the quote, a note, 保存 and 取消 (Esc cancels, Ctrl/⌘+Enter saves). The textarea
 * is the note's one copy (uncontrolled): no re-render of the panel can put an older value back into
 * it while the user types, and 保存 reads what it holds.
 */
export function FlagEditor({ address, quote, at, page, pageUrl, template = null, onClose }: FlagEditorProps) {
  const of = JSON.stringify([pageUrl, address, quote, at ?? null, page ?? null]);
  const close = () => {
    draft = null;
    onClose();
  };
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    if (draft?.of === of) el.value = draft.note;
    el.focus();
  }, [of]);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await saveFlag(pageUrl, {
        address,
        quote,
        ...(at === undefined ? {} : { at }),
        ...(page === undefined ? {} : { page }),
        note: (area.current?.value ?? '').trim(),
      });
      close();
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  };
  const where = `${address ? cellName(address, template) : i18n.t('flags.textQuote')}${page ? ` · ${i18n.t('review.page', [String(page)])}` : ''}`;
  const shown = quote.length > SHOWN_QUOTE ? `${quote.slice(0, SHOWN_QUOTE)}…` : quote;

  return (
    <form
      class="gra-flag-editor"
      data-gra="flag-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <style>{CSS}</style>
      <h2>
        {i18n.t('flags.editorTitle')} · {where}
      </h2>
      {shown && <blockquote>{shown}</blockquote>}
      <textarea
        ref={area}
        maxLength={2000}
        placeholder={i18n.t('flags.placeholder')}
        aria-label={i18n.t('flags.note')}
        onInput={(e) => {
          draft = { of, note: e.currentTarget.value };
        }}
      />
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={close}>
          {i18n.t('flags.cancel')}
        </button>
        <button type="submit" disabled={saving}>
          {i18n.t('flags.save')}
        </button>
      </div>
    </form>
  );
}
