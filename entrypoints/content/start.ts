/** Wires a session to its page: message handlers, page events, the mutation watcher, the first run. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { registerHandlers } from './handlers';
import { listenOnPage } from './interactions';
import { Session } from './session';
import { watchMutations } from './watch';

/**
 * Starts the session. WXT's context is invalidated by a "newer script started" DOM event that a
 * page could forge; we end only when the extension itself is gone (runtime.id disappears).
 */
export function startSession(ctx: ContentScriptContext): void {
  const life = new AbortController();
  ctx.onInvalidated(() => {
    if (!browser.runtime?.id) life.abort();
  });
  const uiContext = {
    onInvalidated(cb: () => void) {
      life.signal.addEventListener('abort', cb);
      return () => life.signal.removeEventListener('abort', cb);
    },
  } as unknown as ContentScriptContext;
  const session: Session = new Session(uiContext, () => handlers.reportFound());
  const handlers = registerHandlers(session);
  listenOnPage(session, life.signal);
  watchMutations(session, life.signal);
  void session.run(false);
}
