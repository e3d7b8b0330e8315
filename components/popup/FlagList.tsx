/** The user's flags on this page, orphans included and marked, with edit and delete. */

import { useState } from 'preact/hooks';
import type { Flag, PageResult } from '../../lib/model';
import { deleteFlag, updateFlag } from '../../utils/flags';
import { TEXT_FLAG } from '../../utils/panel-link';
import { cellName } from '../lang';
import { i18n } from './i18n';

/**
 * Decides each flag's orphan state: an address flag is an orphan when the report no longer has that
 * cell or fact; a quote-only flag is whatever the content script found when it searched the page.
 */
export function withOrphans(flags: Flag[], result: PageResult | null): Flag[] {
  const report = result?.detected ? result.report : null;
  const onPage = new Map((result?.detected ? (result.flags ?? []) : []).map((f) => [f.id, f]));
  return flags.map((f) => {
    if (f.address !== null) {
      const found =
        report !== null && (f.address in report.cells || report.facts.some((x) => x.key === f.address));
      return { ...f, orphan: !found };
    }
    return { ...f, orphan: onPage.get(f.id)?.orphan ?? report === null };
  });
}

/** Props: the flags (with orphan states), where they live, and the template for labels. */
export interface FlagListProps {
  flags: Flag[];
  pageUrl: string;
  template: '2019' | '2021' | null;
  /**
   * 在页面上定位: the page's panel offers it for a flag still on the page (a cell's address, or
   * TEXT_FLAG and the id of a flag on text).
   */
  onLocate?(target: string): void;
}

function FlagItem({
  flag,
  pageUrl,
  template,
  onLocate,
}: {
  flag: Flag;
  pageUrl: string;
  template: FlagListProps['template'];
  onLocate: FlagListProps['onLocate'];
}) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(flag.note);
  const where = `${flag.address ? cellName(flag.address, template) : i18n.t('flags.textQuote')}${
    // A flag on a PDF report names its page.
    flag.page ? ` · ${i18n.t('review.page', [String(flag.page)])}` : ''
  }`;
  return (
    <li class={flag.orphan ? 'flag orphan' : 'flag'} data-flag-id={flag.id}>
      <p class="where">
        {flag.orphan && <span class="badge orphan">{i18n.t('flags.orphan')}</span>}
        <span>{where}</span>
      </p>
      {flag.quote && (
        <blockquote class="quote">
          {i18n.t('table.raw')}
          {flag.quote}
        </blockquote>
      )}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await updateFlag(pageUrl, flag.id, { note });
            setEditing(false);
          }}
        >
          <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
          <button type="submit">{i18n.t('flags.save')}</button>
        </form>
      ) : (
        <p class="note-text">{flag.note}</p>
      )}
      <p class="actions">
        {onLocate && !flag.orphan && (
          <button
            type="button"
            data-gra="locate"
            onClick={() => onLocate(flag.address ?? `${TEXT_FLAG}${flag.id}`)}
          >
            {i18n.t('findings.focus')}
          </button>
        )}
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {i18n.t('flags.edit')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            if (confirm(i18n.t('flags.confirmDelete'))) void deleteFlag(pageUrl, flag.id);
          }}
        >
          {i18n.t('flags.delete')}
        </button>
      </p>
    </li>
  );
}

/** The list, or a hint on how to add a flag. */
export function FlagList({ flags, pageUrl, template, onLocate }: FlagListProps) {
  if (flags.length === 0) return <p class="none">{i18n.t('flags.none')}</p>;
  return (
    <ul class="flags">
      {flags.map((f) => (
        <FlagItem key={f.id} flag={f} pageUrl={pageUrl} template={template} onLocate={onLocate} />
      ))}
    </ul>
  );
}
