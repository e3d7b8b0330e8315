import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, MIN_DELAY_MS, makeBackoff } from './backoff';
import { reportTables, tablesPrint } from './fingerprint';

describe('Backoff', () => {
  it('doubles while the page keeps changing, up to the cap', () => {
    const b = makeBackoff();
    const waits: number[] = [];
    // A change every 500 ms; a check runs whenever its wait is over.
    let due = Number.POSITIVE_INFINITY;
    for (let t = 0; t <= 120_000; t += 500) {
      if (t >= due) {
        b.checked();
        due = Number.POSITIVE_INFINITY;
      }
      const w = b.change(t);
      if (due === Number.POSITIVE_INFINITY) {
        waits.push(w);
        due = t + w;
      }
    }
    expect(waits.slice(0, 7)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(Math.max(...waits)).toBe(MAX_DELAY_MS);
    // Checks in the first 20 s: a handful, not forty.
    let at = 0;
    let n = 0;
    for (const w of waits) {
      at += w;
      if (at <= 20_000) n++;
    }
    expect(n).toBeLessThanOrEqual(5);
  });

  it('stays at the cap for a page that changes all the time, seen only after each check (the detector)', () => {
    const b = makeBackoff();
    // A ticker's node every 50 ms; the watcher looks away from each change until its check, and
    // counts the page's quiet from the check.
    const waits: number[] = [];
    let t = 0;
    for (let i = 0; i < 12; i++) {
      const w = b.change(t);
      waits.push(w);
      t += w;
      b.checked(t);
      t += 50;
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000, 30000, 30000]);
    // Quiet for longer than the wait after a check: quick again.
    expect(b.change(t + MAX_DELAY_MS + 1)).toBe(MIN_DELAY_MS);
  });

  it('starts quick again after a quiet period', () => {
    const b = makeBackoff();
    b.change(0);
    b.checked();
    b.change(600);
    b.checked();
    expect(b.change(1000)).toBe(4 * MIN_DELAY_MS);
    b.checked();
    // Quiet for longer than the current wait: back to the first step.
    expect(b.change(60_000)).toBe(MIN_DELAY_MS);
  });
});

describe('tablesPrint', () => {
  function page() {
    document.body.innerHTML = `<p>正文</p><table id="t3"><tr><td>一</td><td>12</td></tr></table>
      <table id="x"><tr><td>附表</td><td>1</td></tr></table>`;
    const cell = document.querySelector('#t3 td:last-child')!;
    return { cell, tables: reportTables([cell, document.querySelector('#t3 td')!]) };
  }

  it('moves when a report table cell changes, not when other text or attributes do', () => {
    const { cell, tables } = page();
    expect(tables).toHaveLength(1);
    const before = tablesPrint(document, tables);
    document.querySelector('p')!.textContent = '别的';
    document.querySelector('#x td:last-child')!.textContent = '2';
    cell.setAttribute('data-audit-severity', 'error');
    expect(tablesPrint(document, tables)).toBe(before);
    cell.textContent = '13';
    expect(tablesPrint(document, tables)).not.toBe(before);
  });

  it('moves when a table is added or a report table replaced', () => {
    const { tables } = page();
    const before = tablesPrint(document, tables);
    document.body.append(document.createElement('table'));
    const added = tablesPrint(document, tables);
    expect(added).not.toBe(before);
    const t3 = document.querySelector('#t3')!;
    t3.replaceWith(t3.cloneNode(true));
    expect(tablesPrint(document, tables)).not.toBe(added);
  });
});
