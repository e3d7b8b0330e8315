/**
 * 始终在此网站运行: the manifest only matches *.gov.cn; a journalist reading reports mirrored on
 * another site can grant that one origin for good (an optional host permission) and we register
 * the same content script there, persisted so it survives browser restarts.
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

/** The content script registration's id for an origin (one registration per origin). */
function scriptId(origin: string): string {
  return `site-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * Asks for the origin (must run straight from the click: the prompt needs a user gesture), then
 * registers the content script there. Returns false when the user declines.
 */
export async function grantSite(origin: string): Promise<boolean> {
  const pattern = `${origin}/*`;
  // Chrome match patterns take no port; the permission covers every port of the host anyway.
  const match = pattern.replace(/:\d+\/\*$/, '/*');
  const granted = await browser.permissions.request({ origins: [match] });
  if (!granted) return false;
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [match],
        js: ['/content-scripts/content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** Whether the origin was granted before (then the button is not needed). */
export async function siteGranted(origin: string): Promise<boolean> {
  const match = `${origin}/*`.replace(/:\d+\/\*$/, '/*');
  return browser.permissions.contains({ origins: [match] }).catch(() => false);
}
