/**
 * Mounts the panel in a closed shadow root (WXT's createShadowRootUi): the page can neither style
 * nor read it, so findings and the user's notes stay out of the page's reach.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelProps } from './Panel';
import { PANEL_CSS } from './styles';

/** A mounted panel: re-render with new props, or remove it. */
export interface PanelHandle {
  update(props: PanelProps): void;
  remove(): void;
}

// Typing in our inputs must not reach page shortcuts (capture-phase listeners still see keys).
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

/** Creates and mounts the panel host at the end of <body>. */
export async function mountPanel(ctx: ContentScriptContext): Promise<PanelHandle> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    // A random suffix: a page cannot pre-define this custom element name to hijack our host.
    name: `gra-audit-panel-${Math.random().toString(36).slice(2, 10)}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    css: PANEL_CSS,
    isolateEvents: ISOLATED_EVENTS,
    onMount(uiContainer) {
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  return {
    update(props) {
      // A page that rewrites its <body> (single-page portals) takes our host with it: put it back.
      if (!ui.shadowHost.isConnected) ui.mount();
      if (container) render(<Panel {...props} />, container);
    },
    remove() {
      ui.remove();
    },
  };
}
