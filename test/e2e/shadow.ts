/**
 * Reading and clicking our panel, which lives in a closed shadow root that page scripts (and so
 * Playwright's injected selectors) cannot enter. The DevTools protocol pierces it, as a test must.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function findHost(node: CdpNode): CdpNode | null {
  // A page that copies its own HTML copies our host too, as an empty element: skip those.
  if (node.localName?.startsWith('gra-audit-panel') && node.shadowRoots?.length) return node;
  for (const k of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(k);
    if (hit) return hit;
  }
  return null;
}

/** The panel's shadow root node id in the top document, or null when no panel is mounted. */
async function panelRoot(page: Page): Promise<{ s: CDPSession; root: number } | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findHost(root);
  const shadow = host?.shadowRoots?.[0];
  return shadow ? { s, root: shadow.nodeId } : null;
}

/** The panel's text content (null: no panel on the page). */
export async function panelText(page: Page): Promise<string | null> {
  const p = await panelRoot(page);
  if (!p) return null;
  const { object } = (await p.s.send('DOM.resolveNode', { nodeId: p.root })) as {
    object: { objectId: string };
  };
  const { result } = (await p.s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    // Text of the rendered UI only, not of our <style> elements.
    functionDeclaration: `function () {
      const w = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
      let out = '';
      for (let n = w.nextNode(); n; n = w.nextNode()) if (n.parentElement?.localName !== 'style') out += n.data;
      return out;
    }`,
    returnByValue: true,
  })) as { result: { value: string } };
  return result.value;
}

/** How many elements match `selector` inside the panel. */
export async function panelCount(page: Page, selector: string): Promise<number> {
  const p = await panelRoot(page);
  if (!p) return 0;
  const { nodeIds } = (await p.s.send('DOM.querySelectorAll', { nodeId: p.root, selector })) as {
    nodeIds: number[];
  };
  return nodeIds.length;
}

/** Clicks the `index`-th element matching `selector` inside the panel, as a user would. */
export async function panelClick(page: Page, selector: string, index = 0): Promise<void> {
  const p = await panelRoot(page);
  if (!p) throw new Error('no panel on the page');
  const { nodeIds } = (await p.s.send('DOM.querySelectorAll', { nodeId: p.root, selector })) as {
    nodeIds: number[];
  };
  const nodeId = nodeIds[index];
  if (nodeId === undefined) throw new Error(`panel has no ${selector} #${index}`);
  await p.s.send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { model } = (await p.s.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
  const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
}
