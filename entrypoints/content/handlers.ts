/**
 * The content script's side of utils/messages.ts. Only our popup and background may ask (the
 * sender is checked and every payload validated); a child frame answers only once it holds a
 * report, so the popup gets the frame that has one.
 */
import type { AuditReply } from '../../utils/messages';
import { fromExtensionPage, onValidMessage } from '../../utils/messages';
import { pageHtml } from './page-html';
import type { Session } from './session';

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
    onValidMessage('getAudit', fromExtensionPage, reply);
    onValidMessage('runAudit', fromExtensionPage, async () => {
      await session.run(true);
      return reply();
    });
    onValidMessage('focusFinding', fromExtensionPage, ({ index }) => session.focus(index));
    onValidMessage('getSnapshot', fromExtensionPage, () => ({ html: pageHtml() }));
  };

  if (session.isTop) auditHandlers();
  onValidMessage('setMarks', fromExtensionPage, async ({ on }) => {
    await session.setMarks(on);
    return on;
  });
  onValidMessage('flagCell', fromExtensionPage, (data) => {
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
