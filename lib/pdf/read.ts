/**
 * Reads a PDF with pdfjs into page data for the layout: each page's text items (with their boxes)
 * and ruling lines (stroked lines and rectangles, and rectangles filled thin, as Word, WPS and
 * Chromium draw table borders). The pdfjs module is handed in, never imported here, so this file
 * stays pure and the content script never pulls pdfjs in.
 */
import { ideographOf } from '../text';
import { folios, type PageData, type Run, type Segment } from './layout';

/** The parts of pdfjs-dist's module this reader uses (the legacy build in Node, any in a page). */
export interface PdfjsLike {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
  OPS: Record<string, number>;
  /**
   * getDocument parameters the loader wants on every document, over the reader's own: the CLI's
   * loader takes fonts as font faces that load nothing (cli/pdfjs.ts), so pdfjs does not build
   * each glyph's outline for drawing.
   */
  documentParams?: Record<string, unknown>;
}

interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(o?: { disableNormalization?: boolean }): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): void;
}

/** Why a PDF could not be read, as the message to print (Chinese / English). */
export class PdfError extends Error {
  constructor(
    readonly code: 'encrypted' | 'corrupt' | 'too-many-pages' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}

/** Limits on one PDF: pages read at most, and the time the whole parse may take. */
export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

export const PDF_LIMITS: PdfLimits = { maxPages: 200, timeoutMs: 20_000 };

type M = [number, number, number, number, number, number];
const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
];
const apply = (m: M, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** A filled rectangle this thin (points) is a rule, not a shaded cell. */
const THIN = 3;

/** The ruling lines and image count of a page's operator list, in viewport (top-down) space. */
function drawing(
  ops: { fnArray: number[]; argsArray: unknown[][] },
  OPS: Record<string, number>,
  view: M,
): { segments: Segment[]; images: number } {
  const segments: Segment[] = [];
  let images = 0;
  let ctm: M = view;
  const stack: M[] = [];
  const images_ = new Set(
    ['paintImageXObject', 'paintInlineImageXObject', 'paintImageXObjectRepeat', 'paintJpegXObject']
      .map((k) => OPS[k])
      .filter((v) => v !== undefined),
  );
  const strokes = new Set(
    ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map(
      (k) => OPS[k],
    ),
  );
  const fills = new Set(['fill', 'eoFill'].map((k) => OPS[k]));
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args as unknown as M);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as unknown as M | null;
      if (m && m.length === 6) ctm = mul(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (images_.has(fn)) images++;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const stroke = strokes.has(op);
      if (!stroke && !fills.has(op)) continue;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (data) pathSegments(data, ctm, stroke, segments);
    }
  }
  return { segments, images };
}

/**
 * The straight lines of one path (pdfjs 5 packs it as [op, x, y …]: 0 moveTo, 1 lineTo, 2 curveTo,
 * 3 quadraticCurveTo, 4 closePath). A stroked path gives its axis-parallel edges; a filled one
 * gives a rule only where it is a thin rectangle (a border drawn as a fill).
 */
function pathSegments(d: ArrayLike<number>, ctm: M, stroke: boolean, out: Segment[]): void {
  const pts: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (let k = 0; k < d.length; ) {
    const c = d[k]!;
    if (c === 0) {
      if (cur.length) pts.push(cur);
      cur = [apply(ctm, d[k + 1]!, d[k + 2]!)];
      k += 3;
    } else if (c === 1) {
      cur.push(apply(ctm, d[k + 1]!, d[k + 2]!));
      k += 3;
    } else if (c === 2) {
      // A curve breaks the straight run.
      if (cur.length) pts.push(cur);
      cur = [apply(ctm, d[k + 5]!, d[k + 6]!)];
      k += 7;
    } else if (c === 3) {
      if (cur.length) pts.push(cur);
      cur = [apply(ctm, d[k + 3]!, d[k + 4]!)];
      k += 5;
    } else {
      if (cur.length > 1) cur.push(cur[0]!);
      k += 1;
    }
  }
  if (cur.length) pts.push(cur);
  for (const poly of pts) {
    if (stroke) {
      for (let j = 1; j < poly.length; j++) {
        const [x0, y0] = poly[j - 1]!;
        const [x1, y1] = poly[j]!;
        if (Math.abs(y0 - y1) <= 1 || Math.abs(x0 - x1) <= 1) out.push({ x0, y0, x1, y1 });
      }
      continue;
    }
    const xs = poly.map((p) => p[0]);
    const ys = poly.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    if (poly.length < 4) continue;
    if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
  }
}

/**
 * Kangxi radicals and CJK compatibility ideographs as the ideographs they look like: fonts map
 * glyphs such as 人 and 行 to ⼈ (U+2F08) and ⾏ (U+2F8F) in their Unicode table (Chromium's
 * "Save as PDF" with Noto CJK does), and no label would match.
 */
const LOOKALIKE = /[\u2e80-\u2fdf\uf900-\ufaff]/g;
const plain = (s: string) => s.replace(LOOKALIKE, ideographOf);

/** Text items as runs in viewport space: the baseline point moved to the glyphs' top-left box. */
function textRuns(items: unknown[], view: M): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const it = raw as { str?: string; transform?: number[]; width?: number; height?: number };
    if (typeof it.str !== 'string' || !it.transform || it.str.trim() === '') continue;
    const m = mul(view, it.transform as M);
    const size = Math.hypot(m[2], m[3]) || Math.abs(it.height ?? 0) || 10;
    // Horizontal text only: a rotated item keeps its anchor, its width along the line as drawn.
    const scale = Math.hypot(view[0], view[1]) || 1;
    const w = (it.width ?? 0) * scale;
    runs.push({ text: plain(it.str), x: m[4], y: m[5] - size * 0.88, w, h: size });
  }
  return runs;
}

/**
 * True when a page's text may hold a table: two lines or more with a wide gap between two runs
 * (columns), as every row of figures has. Prose runs on, its runs a hair apart, and a page of it
 * needs no ruling lines. The gap is wider than a character and a bit (narrow columns of figures in
 * small type stand that far apart), the lines within half a line. A page wrongly taken for a table
 * costs only time; a table page missed would lose its table, so the test leans to reading.
 */
export function tabular(runs: Run[]): boolean {
  let gapped = 0;
  for (const line of lines(runs)) if (gappedLine(line) && ++gapped >= 2) return true;
  return false;
}

/** The runs in lines (within half a line), top to bottom, each left to right. */
function lines(runs: Run[]): Run[][] {
  const byLine = new Map<number, Run[]>();
  for (const r of runs) {
    const key = Math.round((r.y + r.h / 2) / Math.max(2, r.h / 2));
    let line = byLine.get(key);
    if (!line) {
      line = [];
      byLine.set(key, line);
    }
    line.push(r);
  }
  for (const line of byLine.values()) line.sort((a, b) => a.x - b.x);
  return [...byLine.values()].sort((a, b) => a[0]!.y - b[0]!.y);
}

/** A line with a gap wider than a character and a bit between two runs: columns. */
function gappedLine(line: Run[]): boolean {
  for (let i = 1; i < line.length; i++) {
    const prev = line[i - 1]!;
    if (line[i]!.x - (prev.x + prev.w) > 1.2 * Math.max(prev.h, line[i]!.h)) return true;
  }
  return false;
}

/** A page's lines of text without its page numbers, as the layout leaves them out (folios). */
function bodyLines(p: PageData): Run[][] {
  const ls = lines(p.runs);
  const folio = folios(
    ls.map((line) => ({
      text: line.map((r) => r.text).join(''),
      top: Math.min(...line.map((r) => r.y)),
      bottom: Math.max(...line.map((r) => r.y + r.h)),
    })),
    p.height,
  );
  return ls.filter((_, i) => !folio[i]);
}

/**
 * True when one of a page's last two lines of text (a page number aside) has columns: a table's
 * first rows may stand at its foot, the rest overleaf.
 */
function footRow(p: PageData): boolean {
  const body = bodyLines(p);
  return body.slice(-2).some(gappedLine);
}

/**
 * True when a page's rules run below all its text but a page number: it ends in a table, which may
 * go on overleaf.
 */
function endsInTable(p: PageData): boolean {
  if (p.segments.length === 0) return false;
  let bottom = 0;
  for (const s of p.segments) bottom = Math.max(bottom, s.y0, s.y1);
  return !bodyLines(p).some((l) => l[0]!.y > bottom);
}

/** Resolves within `ms` or rejects with a timeout error (and runs `onTimeout`). */
function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(
        new PdfError(
          'timeout',
          `PDF 解析超时（超过 ${Math.round(ms / 1000)} 秒），文件可能已损坏 / PDF parse timed out after ${Math.round(ms / 1000)} s; the file may be corrupt`,
        ),
      );
    }, ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** What a PDF holds for the audit: its pages' data and its metadata title. */
export interface PdfContent {
  title: string;
  pages: PageData[];
  numPages: number;
}

function pdfjsError(e: unknown): Error {
  if (e instanceof PdfError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const msg = String((e as { message?: string })?.message ?? e);
  if (name === 'PasswordException')
    return new PdfError(
      'encrypted',
      'PDF 已加密（需要密码），无法读取 / The PDF is encrypted (password required)',
    );
  return new PdfError(
    'corrupt',
    `PDF 文件已损坏或不完整，无法读取 / The PDF is corrupt or incomplete: ${msg.replace(/\s+/g, ' ').slice(0, 200)}`,
  );
}

/**
 * pdfjs 5.4 keeps the open document's page count in a static (PagesMapper): while two documents
 * are open, getPage on the longer one fails with "Invalid page request". One PDF at a time, then.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Reads every page's text and rules, one PDF at a time. Throws PdfError with a message to print. */
export function readPdf(
  pdfjs: PdfjsLike,
  bytes: Uint8Array,
  limits: Partial<PdfLimits> = {},
): Promise<PdfContent> {
  const run = queue.then(() => readOne(pdfjs, bytes, limits));
  queue = run.catch(() => {});
  return run;
}

async function readOne(pdfjs: PdfjsLike, bytes: Uint8Array, limits: Partial<PdfLimits>): Promise<PdfContent> {
  const { maxPages, timeoutMs } = { ...PDF_LIMITS, ...limits };
  // pdfjs takes the buffer over (it may transfer it to a worker): give it a copy. Fonts never reach
  // the page as font faces (disableFontFace), unless the loader has a cheap way to take them: pdfjs
  // then compiles the outline of every glyph drawn on a page whose drawing is read, and sends each.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...pdfjs.documentParams,
  });
  let stopped = false;
  const work = async (): Promise<PdfContent> => {
    let doc: PdfDoc;
    try {
      doc = await task.promise;
    } catch (e) {
      throw pdfjsError(e);
    }
    if (doc.numPages > maxPages)
      throw new PdfError(
        'too-many-pages',
        `PDF 共 ${doc.numPages} 页，超过 ${maxPages} 页上限，不像一份年度报告 / The PDF has ${doc.numPages} pages, over the ${maxPages}-page limit for a report`,
      );
    let title = '';
    try {
      const info = (await doc.getMetadata()).info as { Title?: unknown } | undefined;
      if (typeof info?.Title === 'string') title = info.Title.trim();
    } catch {
      // No readable metadata: the file name stands in.
    }
    const pages: PageData[] = [];
    /** The pages whose drawing was read. */
    const drawn = new Set<number>();
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        // pdfjs without a worker runs on promises alone; a pause between pages lets the timer fire.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (stopped) return { title, pages, numPages: doc.numPages };
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const view = vp.transform as M;
        const text = await page.getTextContent({ disableNormalization: true });
        const runs = textRuns(text.items, view);
        // The drawing (pdfjs's slowest call) is read only where the text could be a table, or where
        // the page break may have cut one: a table runs over it with a row or two on one side
        // (行政事业性收费 | 172 overleaf; 第二十条第（一）项 and its heading row before it), too few lines
        // to look like a table, and they were read as prose: a row lost, or a table with no head.
        // So a page after one that ends in a table is read, and, when a page looks like a table, the
        // page before it if a line at its foot has columns. Prose pages around tables stay unread.
        const prev = pages[pages.length - 1];
        const looks = tabular(runs);
        if (looks && prev && !drawn.has(prev.page) && footRow(prev)) {
          const before = await doc.getPage(prev.page);
          const itsView = before.getViewport({ scale: 1 }).transform as M;
          Object.assign(prev, drawing(await before.getOperatorList(), pdfjs.OPS, itsView));
          before.cleanup();
          drawn.add(prev.page);
        }
        const read = looks || (prev !== undefined && endsInTable(prev));
        if (read) drawn.add(n);
        const drawnHere = read
          ? drawing(await page.getOperatorList(), pdfjs.OPS, view)
          : { segments: [], images: 0 };
        pages.push({ page: n, width: vp.width, height: vp.height, runs, ...drawnHere });
        page.cleanup();
      }
      // No page looked like a table: its tables may be pictures (or it is a scan). The drawings are
      // read after all, for their images, so the audit can say where the tables may be.
      if (!pages.some((p) => p.segments.length > 0)) {
        for (const p of pages) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (stopped) break;
          const page = await doc.getPage(p.page);
          p.images = drawing(
            await page.getOperatorList(),
            pdfjs.OPS,
            page.getViewport({ scale: 1 }).transform as M,
          ).images;
          page.cleanup();
        }
      }
    } catch (e) {
      throw pdfjsError(e);
    }
    return { title, pages, numPages: doc.numPages };
  };
  try {
    return await withTimeout(work(), timeoutMs, () => {
      stopped = true;
      void task.destroy().catch(() => {});
    });
  } finally {
    // Closed before the next document opens (see the queue above).
    await task.destroy().catch(() => {});
  }
}
