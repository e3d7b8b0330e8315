/** The background's audit answer carries the tooltip's words in the UI's language. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceFromHtml } from '../lib/adapters/htmlparser2';
import { auditPage } from './audit-page';
import type { AuditAnswer } from './load-audit';

const HAN = /\p{Script=Han}/u;

/** A fixture read as the page script sends it: node handles as indices. */
function source(name: string): unknown {
  const html = readFileSync(resolve(__dirname, '../test/fixtures', name), 'utf8');
  let i = 0;
  return JSON.parse(JSON.stringify(sourceFromHtml(html), (k, v) => (k === 'node' ? i++ : v)));
}

function answer(name: string): AuditAnswer {
  // The page script sends its source as JSON text.
  const reply = auditPage('http://www.example.gov.cn/a.html', JSON.stringify(source(name)));
  if (!reply.ok) throw new Error(reply.error);
  return (typeof reply.answer === 'string' ? JSON.parse(reply.answer) : reply.answer) as AuditAnswer;
}

describe('auditPage: the tooltip in the UI language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in Chinese says each finding as its exported message', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (k: string) => (k === 'app_lang' ? 'zh-CN' : '') } });
    const a = answer('seed000-word-balance-error.html');
    expect(a.result.detected).toBe(true);
    if (!a.result.detected) return;
    expect(a.texts).toEqual(a.result.findings.map((f) => f.message));
    expect(a.titles['t3-balance']).toBe('表三收支不平');
  });

  it('in English says findings, titles and cell names in English, quotes of the page aside', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (k: string) => (k === 'app_lang' ? 'en' : '') } });
    const a = answer('seed000-word-balance-error.html');
    if (!a.result.detected) throw new Error('not detected');
    expect(a.texts).toHaveLength(a.result.findings.length);
    for (const t of a.texts) expect(t.replace(/“[^”]*”/g, '')).not.toMatch(HAN);
    expect(a.titles['t3-balance']).toBe('Table 3 does not balance');
    expect(a.labels['t3.new.total']).toBe('Table 3 New applications · Total');
  });
});
