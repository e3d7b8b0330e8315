import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grantSite, siteGranted, siteOrigin } from './grantSite';

/** fake-browser leaves permissions and scripting unmocked: a small in-memory stand-in. */
let granted: Set<string>;
let scripts: { id: string; matches: string[] }[];
let answer: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  scripts = [];
  answer = true;
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (list: { id: string; matches: string[] }[]) => {
      scripts.push(...list);
    }),
  });
});

describe('始终在此网站运行', () => {
  it('asks for the host (any port) and registers the content script there once', async () => {
    expect(await grantSite('http://mirror.example.org:8080')).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['http://mirror.example.org/*'],
    });
    expect(await grantSite('http://mirror.example.org')).toBe(true);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({
      matches: ['http://mirror.example.org/*'],
      persistAcrossSessions: true,
    });
  });

  it('registers nothing when the user declines', async () => {
    answer = false;
    expect(await grantSite('https://mirror.example.org')).toBe(false);
    expect(scripts).toEqual([]);
    expect(await siteGranted('https://mirror.example.org')).toBe(false);
  });

  it('repairs a grant whose registration never happened (the popup closed during the prompt)', async () => {
    granted.add('https://mirror.example.org/*');
    expect(await siteGranted('https://mirror.example.org')).toBe(true);
    expect(scripts).toHaveLength(1);
  });

  it('offers the grant only for web pages', () => {
    expect(siteOrigin('https://mirror.example.org/a/b?c#d')).toBe('https://mirror.example.org');
    expect(siteOrigin('chrome://extensions/')).toBeNull();
    expect(siteOrigin('file:///tmp/report.html')).toBeNull();
    expect(siteOrigin(null)).toBeNull();
  });
});
