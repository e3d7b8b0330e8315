/**
 * 保存到审核台: stores the page's report, its findings, the user's flags, the URL, title, access
 * time and a snapshot of the page's HTML on the desk (openDeskTab opens the desk); and the opt-in
 * to save every report opened (the background does that, see entrypoints/background.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageResult } from '../../lib/model';
import { assertRoom, DESK_BUDGET_BYTES, deskFullMessage, storageUsed } from '../../utils/desk-budget';
import { openDesk } from '../../utils/desk-db';
import { sendMessage } from '../../utils/messages';
import { errorText } from '../lang';
import type { Target } from './frames';
import { i18n } from './i18n';

/** Props: the inspected tab and its result with the page's flags attached. */
export interface SaveToDeskProps {
  /** The tab, or the one frame of it whose report this is. */
  tabId: Target;
  url: string;
  result: Extract<PageResult, { detected: true }>;
}

/** The page's HTML from the content script, re-checked here: the reply crosses from the page's side. */
async function snapshot(tabId: Target): Promise<string> {
  const reply: unknown = await sendMessage('getSnapshot', undefined, tabId);
  const html = (reply as { html?: unknown } | null)?.html;
  if (typeof html !== 'string') throw new Error('no snapshot');
  return html;
}

/** Opens the desk page in a new tab. */
export function openDeskTab(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/desk.html') });
}

/** The save button and the auto-save checkbox. */
export function SaveToDesk({ tabId, url, result }: SaveToDeskProps) {
  const [status, setStatus] = useState('');
  const [autoSave, setAutoSave] = useState(false);
  useEffect(() => {
    void openDesk()
      .then((d) => d.getSettings())
      .then((s) => setAutoSave(s.autoSave))
      .catch(() => undefined);
    // A full desk refuses every save, auto-save's too: say so here rather than let it fail unseen.
    void storageUsed().then((used) => {
      if (used !== null && used >= DESK_BUDGET_BYTES) setStatus(deskFullMessage(used));
    });
  }, []);
  const save = async () => {
    try {
      const html = await snapshot(tabId);
      await assertRoom(html.length);
      const desk = await openDesk();
      await desk.save({
        url,
        title: result.report.title,
        accessedAt: new Date().toISOString(),
        source: 'page',
        result: { ...result, url },
        flags: result.flags ?? [],
        snapshot: html,
      });
      setStatus(i18n.t('desk.saved'));
    } catch (e) {
      setStatus(`${i18n.t('desk.saveFailed')} ${errorText(e)}`);
    }
  };
  return (
    <section class="save-desk">
      <button type="button" class="primary" data-action="save-desk" onClick={save}>
        {i18n.t('desk.save')}
      </button>
      <label>
        <input
          type="checkbox"
          data-setting="auto-save"
          checked={autoSave}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setAutoSave(on);
            void openDesk().then((d) => d.setSettings({ autoSave: on }));
          }}
        />
        {i18n.t('desk.autoSave')}
      </label>
      <span class="status" role="status">
        {status}
      </span>
    </section>
  );
}
