import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';

const report = (errors: number, warnings: number, gaps?: number) => ({
  errors,
  warnings,
  detected: true,
  gaps,
});
const notReport = { errors: 0, warnings: 0, detected: false };

describe('badgeFor', () => {
  it('shows nothing for a tab with no report, even where a frame audited a page that was not one', () => {
    expect(badgeFor([]).text).toBe('');
    expect(badgeFor([notReport]).text).toBe('');
    expect(badgeFor([notReport, notReport]).text).toBe('');
  });

  it('counts errors (red), else warnings (amber), over the frames that hold a report', () => {
    expect(badgeFor([report(2, 1), notReport, report(1, 0)])).toMatchObject({ text: '3', colour: '#d93025' });
    expect(badgeFor([report(0, 4, 2)])).toMatchObject({ text: '4', colour: '#e37400' });
    expect(badgeFor([report(0, 4, 2)]).title).toContain('2 项检查未运行');
  });

  it('gives ✓ only when nothing was found and every check the report allows ran', () => {
    expect(badgeFor([report(0, 0, 0), notReport])).toMatchObject({ text: '✓', colour: '#188038' });
    // A build that did not send gaps yet counts as having none.
    expect(badgeFor([report(0, 0)]).text).toBe('✓');
  });

  it('gives a grey – instead of ✓ when checks did not run, and says so in its title', () => {
    const b = badgeFor([report(0, 0, 2)]);
    expect(b).toMatchObject({ text: '–', colour: '#5f6368' });
    expect(b.title).toContain('2 项检查未运行');
    expect(b.title).not.toContain('✓');
    expect(badgeFor([report(0, 0, 0), report(0, 0, 1)]).text).toBe('–');
  });

  it("never gives ✓ or – when a frame's audit failed: a grey ! alone, or the others' count, its title saying so", () => {
    const failed = { errors: 0, warnings: 0, detected: false, error: 'TypeError: x is null' };
    const alone = badgeFor([failed]);
    expect(alone).toMatchObject({ text: '!', colour: '#5f6368' });
    expect(alone.title).toContain('1 份报告无法核查');
    expect(alone.title).toContain('1 report could not be audited');
    // A clean report beside it is not a clean tab.
    const beside = badgeFor([report(0, 0, 0), failed]);
    expect(beside.text).toBe('!');
    expect(beside.title).toContain('其余未发现问题');
    expect(badgeFor([report(0, 0, 2), failed, failed]).text).toBe('!');
    expect(badgeFor([report(0, 0, 2), failed, failed]).title).toContain('2 reports could not be audited');
    // Findings elsewhere keep their count; the title adds the failure.
    const counted = badgeFor([report(2, 1), failed]);
    expect(counted).toMatchObject({ text: '2', colour: '#d93025' });
    expect(counted.title).toContain('1 份报告无法核查');
    expect(badgeFor([report(0, 3), failed])).toMatchObject({ text: '3', colour: '#e37400' });
    // A frame that was not a report (no error) still counts for nothing.
    expect(badgeFor([report(0, 0, 0), notReport]).text).toBe('✓');
  });
});
