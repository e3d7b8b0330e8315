/**
 * The page script's side of utils/messages.ts. Only our popup and background may ask (the sender
 * is checked and every payload validated, runtime.ts); a child frame answers only once it holds a
 * report, so the popup gets the frame that has one.
 */
import type { AuditReply } from '../../utils/messages';
import { pageHtml } from './page-html';
import { handle, is } from './runtime';
import type { Session } from './session';
import { flagSelectedText } from './text-flags';

/** How long the top frame waits, when it has no report, for a child frame's answer to win. */
const CHILD_GRACE_MS = 300;

/** Registers the listeners; `reportFound` adds the child-frame ones once a report is seen. */
export function registerHandlers(session: Session): { reportFound(): void } {
  const reply = async (): Promise<AuditReply> => {
    // A popup opened while the page is still being audited waits for the answer instead of
    // hearing "not a report".
    await session.idle();
    const frame = session.isTop ? 'top' : 'child';
    // With no report here, let a child frame that has one answer first (first answer wins).
    if (
      session.isTop &&
      !session.result?.detected &&
      !session.error &&
      document.querySelector('iframe,frame')
    )
      await new Promise((r) => setTimeout(r, CHILD_GRACE_MS));
    const answer: AuditReply = { url: session.url, result: session.resultWithFlags(), frame };
    if (session.error) answer.error = session.error.slice(0, 2000);
    return answer;
  };
  const auditHandlers = () => {
    handle('getAudit', is.none, reply);
    handle('runAudit', is.none, async () => {
      await session.run(true);
      return reply();
    });
    handle('focusFinding', is.focus, ({ index }) => session.focus(index));
    handle('getSnapshot', is.none, () => ({ html: pageHtml() }));
  };
  if (session.isTop) auditHandlers();
  handle('setMarks', is.marks, async ({ on }) => {
    await session.setMarks(on);
    return on;
  });
  handle('flagCell', is.flagCell, (data) => {
    // 标记所选文字: the selection, as text at its place, even inside a cell.
    if (data.text) return flagSelectedText(session, data.selectionText ?? '');
    const cell = data.address ?? session.lastContextCell();
    const quote = data.selectionText || session.cellText(cell) || '';
    if (!cell && !quote) return false;
    session.openEditor(cell, quote);
    return true;
  });
  let childReady = session.isTop;
  return {
    reportFound() {
      if (childReady) return;
      childReady = true;
      auditHandlers();
    },
  };
}
