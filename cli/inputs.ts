/** Turns the command line's FILE|DIR|URL arguments into pages to audit, and reads each one. */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FetchLimits, fetchPage, InputError } from './fetch';

/** One page to audit. */
export type Input = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** An argument that could not be used, with the reason to print. */
export interface BadInput {
  input: string;
  reason: string;
}

/** A page's bytes and where they came from (the `file`/`url` field of its result). */
export interface Loaded {
  where: { file: string } | { url: string };
  bytes: Uint8Array;
  contentType: string | null;
}

const HTML = /\.html?$/i;
// Version-control and dependency folders hold no reports and can be huge.
const SKIP_DIR = (name: string) => name.startsWith('.') || name === 'node_modules';

/** True for an http(s) address; anything else is a path. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** The reason for a file-system error, in Chinese and English. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return '找不到 / no such file or directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return '无权读取 / permission denied';
  if (err.code === 'ENOTDIR') return '路径不对 / not a directory';
  return err.message;
}

/** Every .html/.htm below `dir`, sorted by path so runs are deterministic. */
export async function walkHtml(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string) => {
    const entries: Dirent[] = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIR(e.name)) await visit(p);
      } else if (HTML.test(e.name) && (e.isFile() || (e.isSymbolicLink() && (await isFile(p))))) {
        out.push(p);
      }
    }
  };
  await visit(dir);
  // Code-unit order, not locale order: the same on every machine.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Expands the arguments in order: URLs as they are, files as given, directories walked. */
export async function expandInputs(args: string[]): Promise<{ inputs: Input[]; bad: BadInput[] }> {
  const inputs: Input[] = [];
  const bad: BadInput[] = [];
  for (const arg of args) {
    if (isUrl(arg)) {
      inputs.push({ kind: 'url', url: arg });
      continue;
    }
    try {
      const s = await stat(arg);
      if (!s.isDirectory()) {
        inputs.push({ kind: 'file', path: arg });
        continue;
      }
      const files = await walkHtml(arg);
      if (files.length === 0)
        bad.push({ input: arg, reason: '没有 .html/.htm 文件 / no .html or .htm files' });
      for (const path of files) inputs.push({ kind: 'file', path });
    } catch (e) {
      bad.push({ input: arg, reason: fsReason(e) });
    }
  }
  return { inputs, bad };
}

/** Reads one input's bytes; throws InputError with the reason on any failure. */
export async function loadInput(input: Input, limits: Partial<FetchLimits> = {}): Promise<Loaded> {
  if (input.kind === 'url') {
    const { bytes, contentType } = await fetchPage(input.url, limits);
    return { where: { url: input.url }, bytes, contentType };
  }
  try {
    return { where: { file: input.path }, bytes: await readFile(input.path), contentType: null };
  } catch (e) {
    throw new InputError(fsReason(e));
  }
}

/** The text naming an input in messages. */
export function inputName(input: Input): string {
  return input.kind === 'url' ? input.url : input.path;
}
