/**
 * 始终在此网站运行: the manifest only matches *.gov.cn; a journalist reading reports mirrored on
 * another site can grant that one origin for good (an optional host permission) and we register
 * the same detector there, persisted so it survives browser restarts.
 */
import { browser } from 'wxt/browser';

/** The `https://host:port` of an http(s) page, or null for pages we cannot be granted. */
export function siteOrigin(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern for an origin: Chrome patterns take no port, and a host grant covers every port. */
function matchFor(origin: string): string {
  return `${origin}/*`.replace(/:\d+\/\*$/, '/*');
}

/** Registers the content script on a granted origin, once (the id is per scheme and host). */
async function ensureScript(origin: string): Promise<void> {
  const match = matchFor(origin);
  const id = `site-${match.replace(/[^a-z0-9]+/gi, '-')}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    // As in the manifest: every frame, once the document is idle.
    {
      id,
      matches: [match],
      // The detector, as on *.gov.cn; it asks the background (which holds this grant) for the audit.
      js: ['/detector.js'],
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Asks for the origin (must run straight from the click: the prompt needs a user gesture), then
 * registers the content script there. Returns false when the user declines. Should the popup close
 * while the prompt is up, siteGranted() registers the script the next time the popup opens here.
 */
export async function grantSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [matchFor(origin)] });
  if (!granted) return false;
  await ensureScript(origin);
  return true;
}

/** Whether the origin is granted (then the button is not needed); makes sure the script is registered. */
export async function siteGranted(origin: string): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: [matchFor(origin)] }).catch(() => false);
  if (granted) await ensureScript(origin).catch(() => undefined);
  return granted;
}
