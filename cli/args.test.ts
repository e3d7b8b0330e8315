import { describe, expect, it } from 'vitest';
import { parseCommand } from './args';

describe('parseCommand', () => {
  it('defaults to the text summary on stdout', () => {
    expect(parseCommand(['a.html', 'dir'])).toEqual({
      kind: 'audit',
      format: 'text',
      out: null,
      inputs: ['a.html', 'dir'],
    });
  });

  it('reads --json, --csv and --out in any position', () => {
    expect(parseCommand(['a.html', '--json'])).toMatchObject({ format: 'json', inputs: ['a.html'] });
    expect(parseCommand(['--csv', '--out', 'x.csv', 'a.html'])).toMatchObject({
      format: 'csv',
      out: 'x.csv',
    });
    expect(parseCommand(['--out=x.json', '--json', 'https://a.gov.cn/'])).toMatchObject({
      out: 'x.json',
      inputs: ['https://a.gov.cn/'],
    });
  });

  it('treats everything after -- as inputs', () => {
    expect(parseCommand(['--', '--json'])).toMatchObject({ format: 'text', inputs: ['--json'] });
  });

  it('answers --help and --version before anything else', () => {
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['-h', '--json'])).toEqual({ kind: 'help' });
    expect(parseCommand(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommand(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['--json', '--csv', 'a.html'], /--json/],
    [[], /no input/],
    [['--json'], /no input/],
    [['--bogus', 'a.html'], /bogus/],
    [['--out'], /out/],
    [['--out=', 'a.html'], /--out/],
    [['--json=1', 'a.html'], /json/],
  ])('rejects %j', (argv, message) => {
    const c = parseCommand(argv);
    expect(c.kind).toBe('usage-error');
    if (c.kind === 'usage-error') expect(c.message).toMatch(message);
  });
});
