import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, parseCommand, parseSize } from './args';

describe('parseCommand', () => {
  it('defaults to the text summary on stdout', () => {
    expect(parseCommand(['a.html', 'dir'])).toEqual({
      kind: 'audit',
      format: 'text',
      out: null,
      maxBytes: 50 * 1024 * 1024,
      jobs: null,
      follow: null,
      inputs: ['a.html', 'dir'],
    });
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });

  it('takes -o - for stdout', () => {
    expect(parseCommand(['-o', '-', 'a.html'])).toMatchObject({ out: null, inputs: ['a.html'] });
    expect(parseCommand(['--out=-', '--json', 'a.html'])).toMatchObject({ out: null, format: 'json' });
  });

  it('reads --max-size in MB, or with a unit', () => {
    const MB = 1024 * 1024;
    expect(parseCommand(['--max-size', '5', 'a.html'])).toMatchObject({ maxBytes: 5 * MB });
    expect(parseCommand(['--max-size=1.5GB', 'a.html'])).toMatchObject({ maxBytes: 1.5 * 1024 * MB });
    expect(parseSize('500KB')).toBe(500 * 1024);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('20 MiB')).toBe(20 * MB);
    expect(parseSize('2000b')).toBe(2000);
    for (const bad of ['', 'x', '-1', '0', '5 TB', '1e9', 'MB']) expect(parseSize(bad), bad).toBeNull();
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

  it('reads --jobs N and -j N as a whole number of threads, null when not given', () => {
    expect(parseCommand(['--jobs', '3', 'a.html'])).toMatchObject({ jobs: 3 });
    expect(parseCommand(['-j', '1', 'a.html'])).toMatchObject({ jobs: 1 });
    expect(parseCommand(['--jobs=16', '--json', 'dir'])).toMatchObject({ jobs: 16, format: 'json' });
    expect(parseCommand(['dir'])).toMatchObject({ jobs: null });
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
    [['--max-size', 'lots', 'a.html'], /invalid --max-size: lots/],
    [['--max-size'], /max-size/],
    [['--jobs', '0', 'a.html'], /invalid --jobs: 0/],
    [['--jobs', '-2', 'a.html'], /jobs/],
    [['--jobs', '1.5', 'a.html'], /invalid --jobs: 1.5/],
    [['--jobs', 'many', 'a.html'], /invalid --jobs: many/],
    [['--jobs', '99999', 'a.html'], /invalid --jobs: 99999/],
    [['-j'], /-j/],
  ])('rejects %j', (argv, message) => {
    const c = parseCommand(argv);
    expect(c.kind).toBe('usage-error');
    if (c.kind === 'usage-error') expect(c.message).toMatch(message);
  });

  // node:util's own messages are English only; each is said Chinese first, naming the option.
  it.each([
    [['--bogus', 'a.html'], '未知选项 / unknown option: --bogus'],
    [['-x', 'a.html'], '未知选项 / unknown option: -x'],
    [['--out'], '--out 缺少值 / --out needs a value'],
    [['-j'], '--jobs 缺少值 / --jobs needs a value'],
    [['--json=1', 'a.html'], '--json 不带值 / --json takes no value'],
    [['--jobs', '-1', 'a.html'], '--jobs 无效 / invalid --jobs: -1'],
    [['--follow', '--delay', '-5', 'https://a.gov.cn/'], '--delay 无效 / invalid --delay: -5'],
  ])('says what parseArgs refused in %j, Chinese first', (argv, start) => {
    const c = parseCommand(argv);
    expect(c.kind).toBe('usage-error');
    if (c.kind === 'usage-error') {
      expect(c.message.startsWith(start)).toBe(true);
      expect(c.message).not.toMatch(/\n/);
    }
  });
});
