/**
 * Turns the command line's FILE|DIR|URL arguments into pages to audit, and reads each one. Only
 * regular files are read, and only up to the size cap: a FIFO, a device or a socket is named and
 * never opened for reading (it could block for ever, or never end, like /dev/zero).
 */
import type { Dirent, Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMhtml } from '../lib/mhtml';
import { OFD_UNSUPPORTED, OLD_WORD_UNSUPPORTED, opensAsMarkup } from '../lib/sniff';
import { DEFAULT_MAX_BYTES } from './args';
import { type FetchLimits, fetchPage, InputError, tooBigMessage } from './fetch';

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

// Pages (saved as such, or as one file: .mhtml, .mht), and the attachments reports are published as.
const HTML = /\.(?:html?|mht(?:ml)?|pdf|docx)$/i;
/** A report document named as one this reads none of (an old Word or WPS file, an OFD). */
const UNREAD_DOC = /\.(doc|wps|ofd)$/i;
/** How much of a .doc or .wps file is read to tell a page saved under that name (a page's head, an MHTML's headers). */
const DOC_HEAD = 8192;

/**
 * What a folder's file named .doc, .wps or .ofd is: a page saved under an old Word name (portals
 * publish pages and MHTML files so, which the audit reads as pages), or a document this cannot read,
 * named as skipped with why rather than passed over in silence. Null: another name.
 */
async function docInFolder(path: string, name: string): Promise<'page' | string | null> {
  const ext = UNREAD_DOC.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined) return null;
  if (ext === 'ofd') return OFD_UNSUPPORTED;
  let head = new Uint8Array(0);
  try {
    const f = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const buf = new Uint8Array(DOC_HEAD);
      head = buf.subarray(0, (await f.read(buf, 0, DOC_HEAD, 0)).bytesRead);
    } finally {
      await f.close();
    }
  } catch {
    // Unreadable here: loading it says why, as for a page.
    return 'page';
  }
  return opensAsMarkup(head) || isMhtml(head) ? 'page' : OLD_WORD_UNSUPPORTED;
}
// Version-control and dependency folders hold no reports and can be huge.
const SKIP_DIR = (name: string) => name.startsWith('.') || name === 'node_modules';

/** True for an http(s) address; anything else is a path. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** The scheme of an address that is not http(s) (`ftp:`, `file:`), or null. */
export function otherScheme(arg: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(arg);
  return m && !isUrl(arg) ? m[1]!.toLowerCase() : null;
}

/** The reason for a file-system error, in Chinese and English. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return '找不到 / no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return '无权读取 / permission denied';
    case 'ENOTDIR':
      return '路径不对 / not a directory';
    case 'EISDIR':
      return '是目录 / is a directory';
    case 'ELOOP':
      return '符号链接循环 / too many symbolic links (a loop)';
    case 'ENAMETOOLONG':
      return '路径太长 / file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return '打开的文件太多 / too many open files';
    case 'EIO':
      return '读写错误 / input/output error';
  }
  // Any other error: its message on one line (Node's messages carry the code and the path).
  return String(err.message ?? err).replace(/\s+/g, ' ');
}

/** What a file-system entry is when it is not a regular file or a directory, or null. */
function otherKind(s: Stats): string | null {
  if (s.isFIFO()) return '管道 / a FIFO (named pipe)';
  if (s.isCharacterDevice()) return '字符设备 / a character device';
  if (s.isBlockDevice()) return '块设备 / a block device';
  if (s.isSocket()) return '套接字 / a socket';
  if (!s.isFile() && !s.isDirectory()) return '特殊文件 / a special file';
  return null;
}

const notRegular = (kind: string) => `不是普通文件，不读取 / not a regular file, not read: ${kind}`;

/** The .html/.htm/.mhtml/.mht/.pdf/.docx files below a folder, what was skipped there, and what could not be read. */
export interface Walked {
  files: string[];
  /** Symbolic links not followed (to a folder, a loop, nothing, a special file), with why. */
  skipped: BadInput[];
  /** Entries that are errors: an .html that is a FIFO or device, a subfolder that cannot be read. */
  bad: BadInput[];
}

/**
 * Every .html/.htm/.mhtml/.mht/.pdf/.docx below `dir`, sorted by path so runs are deterministic. Symbolic links to files
 * are followed; links to folders are not (no loops, no walking out of the tree), and are named.
 */
export async function walkHtml(dir: string): Promise<Walked> {
  const out: Walked = { files: [], skipped: [], bad: [] };
  // An explicit list of folders to read, not recursion.
  const todo = [dir];
  for (let d = todo.pop(); d !== undefined; d = todo.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      if (d === dir) throw e;
      out.bad.push({ input: d, reason: fsReason(e) });
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      const page = HTML.test(e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIR(e.name)) todo.push(p);
      } else if (e.isSymbolicLink()) {
        // Followed to a file named like a page. A link to a folder, whatever its name (a folder of
        // reports linked in), is named and never followed; any other link is looked at only when
        // named like a page.
        try {
          const s = await stat(p);
          if (s.isDirectory()) {
            if (!SKIP_DIR(e.name))
              out.skipped.push({ input: p, reason: '指向目录的符号链接 / symlink to a folder' });
          } else if (!page) {
            // Not a page.
          } else if (s.isFile()) out.files.push(p);
          else out.skipped.push({ input: p, reason: `符号链接指向 / symlink to ${otherKind(s)}` });
        } catch (err) {
          if (page) out.skipped.push({ input: p, reason: `符号链接 / symlink: ${fsReason(err)}` });
        }
      } else if (!page) {
        // Not a page: never looked at, but for a report document, read as a page where it is one.
        const doc = e.isFile() ? await docInFolder(p, e.name) : null;
        if (doc === 'page') out.files.push(p);
        else if (doc) out.skipped.push({ input: p, reason: doc });
      } else if (e.isFile()) {
        out.files.push(p);
      } else {
        // A FIFO, device or socket named like a page.
        const s = await lstat(p).catch(() => null);
        out.bad.push({ input: p, reason: notRegular(s ? (otherKind(s) ?? '?') : '?') });
      }
    }
  }
  // Code-unit order, not locale order: the same on every machine.
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  out.files.sort(byPath);
  out.skipped.sort((a, b) => byPath(a.input, b.input));
  out.bad.sort((a, b) => byPath(a.input, b.input));
  return out;
}

/** The inputs, and the arguments (or entries below them) that cannot be used or were skipped. */
export interface Expanded {
  inputs: Input[];
  bad: BadInput[];
  skipped: BadInput[];
}

/** Expands the arguments in order: URLs as they are, files as given, directories walked. */
export async function expandInputs(args: string[]): Promise<Expanded> {
  const out: Expanded = { inputs: [], bad: [], skipped: [] };
  for (const arg of args) {
    if (isUrl(arg)) {
      out.inputs.push({ kind: 'url', url: arg });
      continue;
    }
    const scheme = otherScheme(arg);
    if (scheme) {
      out.bad.push({
        input: arg,
        reason: `不支持的协议 / unsupported scheme ${scheme} (只支持 / only http, https)`,
      });
      continue;
    }
    try {
      // A link given by name is followed: the user chose it.
      const s = await stat(arg);
      if (s.isFile()) {
        out.inputs.push({ kind: 'file', path: arg });
        continue;
      }
      const kind = otherKind(s);
      if (kind) {
        out.bad.push({ input: arg, reason: notRegular(kind) });
        continue;
      }
      const walked = await walkHtml(arg);
      if (walked.files.length === 0 && walked.bad.length === 0)
        out.bad.push({
          input: arg,
          reason: '没有 .html/.htm/.mhtml/.pdf/.docx 文件 / no .html, .htm, .mhtml, .pdf or .docx files',
        });
      for (const path of walked.files) out.inputs.push({ kind: 'file', path });
      out.bad.push(...walked.bad);
      out.skipped.push(...walked.skipped);
    } catch (e) {
      out.bad.push({ input: arg, reason: fsReason(e) });
    }
  }
  return out;
}

/** Limits for reading one input: the fetch limits, whose `maxBytes` caps files too. */
export type InputLimits = Partial<FetchLimits>;

/**
 * Reads a regular file of at most `maxBytes`: checked before opening (so a FIFO or device is never
 * opened), and again on the open handle (the path may have been swapped in between; O_NONBLOCK
 * keeps that open from waiting on a FIFO's writer), and the read stops past the cap whatever the
 * size said (a file can grow). With synchronous calls: a local file is read in microseconds, and
 * the six promise round trips through libuv's pool cost more of the thread than the reading (80 ms
 * against 20 ms of CPU over the bench's 441 pages); URLs are still fetched concurrently.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const check = (s: Stats) => {
    const kind = s.isDirectory() ? '是目录 / is a directory' : otherKind(s);
    if (kind) throw new InputError(s.isDirectory() ? kind : notRegular(kind));
    if (s.size > maxBytes) throw new InputError(tooBigMessage(s.size, maxBytes));
  };
  try {
    check(statSync(path));
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(fsReason(e));
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(fsReason(e));
  }
  try {
    const s = fstatSync(fd);
    check(s);
    // Read to the end, one byte past the cap at most; the size said is only a first guess. One byte
    // more than it, so the read that finds the end needs no larger buffer; 64 KB when it says 0. (A
    // 64 KB floor gave each page of a folder a buffer three times its size: 12 ms of 450 pages' 40 ms
    // of reading went to allocating them.)
    const guess = s.size > 0 ? s.size + 1 : 64 * 1024;
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, guess));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) throw new InputError(tooBigMessage(null, maxBytes));
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new InputError(tooBigMessage(null, maxBytes));
    return buf.subarray(0, length);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(fsReason(e));
  } finally {
    closeSync(fd);
  }
}

/** Reads one input's bytes; throws InputError with the reason on any failure. */
export async function loadInput(input: Input, limits: InputLimits = {}): Promise<Loaded> {
  // Nothing to read is said so: "not a report" would send the journalist looking at a page that
  // was never saved (an interrupted download) or never sent.
  if (input.kind === 'url') {
    const { bytes, contentType } = await fetchPage(input.url, limits);
    if (bytes.length === 0) throw new InputError('服务器返回的内容为空 / the server sent nothing (0 bytes)');
    return { where: { url: input.url }, bytes, contentType };
  }
  const bytes = await readRegularFile(input.path, limits.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length === 0) throw new InputError('文件为空 / the file is empty (0 bytes)');
  return { where: { file: input.path }, bytes, contentType: null };
}

/** The text naming an input in messages. */
export function inputName(input: Input): string {
  return input.kind === 'url' ? input.url : input.path;
}

/** Names of what the command reads or a journalist keeps as evidence: pages and documents. */
const EVIDENCE_NAME = /\.(?:html?|xhtml|mht(?:ml)?|pdf|docx?|wps)$/i;

/**
 * Why writing the output to `out` would destroy a file the journalist keeps, or null: `out` is one
 * of the file arguments (`report.html -o report.html`, which would replace the saved page with its
 * own audit), or an existing page or document (every file a folder walk reads is one). A new file,
 * or an existing JSON, CSV or text file, is written as asked; a folder or `-` is not a file here.
 */
export function outputClobbers(out: string, args: string[]): string | null {
  let target: Stats;
  try {
    target = statSync(out);
  } catch {
    return null;
  }
  if (!target.isFile()) return null;
  for (const arg of args) {
    if (isUrl(arg)) continue;
    try {
      const s = statSync(arg);
      if (s.dev === target.dev && s.ino === target.ino)
        return '是要核查的输入文件之一，不覆盖 / is one of the inputs: not overwritten';
    } catch {
      // An argument that cannot be read is named later, as an input.
    }
  }
  return EVIDENCE_NAME.test(out)
    ? '是已有的网页或文档，不覆盖；请换一个文件名 / is an existing page or document: not overwritten; choose another name'
    : null;
}
