/** Wires a session to its page: message handlers, page events, the mutation watcher, the first run. */
import { DETECTED } from '../../utils/load-audit';
import { registerHandlers } from './handlers';
import { listenOnPage } from './interactions';
import { send } from './runtime';
import { Session } from './session';
import { listenForText } from './text-flags';
import { watchMutations } from './watch';

/**
 * Starts the session. It ends (listeners, watcher, panel) when the extension itself is gone: an
 * update or removal leaves this script running in the page with `runtime.id` unset, which the
 * watcher notices on its next check (`alive`).
 */
export function startSession(alive: () => boolean): void {
  const life = new AbortController();
  const session: Session = new Session(life.signal, () => handlers.reportFound());
  const handlers = registerHandlers(session);
  listenOnPage(session, life.signal);
  listenForText(session, life.signal);
  watchMutations(session, life.signal, () => {
    if (!alive()) life.abort();
    return !life.signal.aborted;
  });
  // The frame is removed or navigates away: its report leaves the badge and the popup now. (Sent on
  // `pagehide`, which a removed iframe fires too, while it can still message.) A page the back
  // button brings back from the cache reports again.
  addEventListener('pagehide', () => void send('frameGone', undefined).catch(() => undefined), {
    signal: life.signal,
  });
  addEventListener(
    'pageshow',
    (e) => {
      if (e.persisted) void session.run(false);
    },
    { signal: life.signal },
  );
  // Loaded by the detector, which has just found a report's words here: no second quick check.
  const g = globalThis as { [DETECTED]?: boolean };
  const detected = g[DETECTED] === true;
  delete g[DETECTED];
  void session.run(false, detected);
}
