/**
 * What pdfjs's legacy build expects of a browser when it loads in Node: it builds a DOMMatrix at
 * load time and would load a native canvas module to get one. Text and ruling lines need no
 * canvas, so a plain 2D matrix stands in (and ImageData and Path2D as empty classes); the CLI's
 * pdfjs bundle drops the canvas import. A FontFace that loads nothing, for the fonts it hands over
 * (cli/pdfjs.ts). And a DecompressionStream that it had better not use.
 */
type Init = ArrayLike<number> | undefined;

/** A 2D affine matrix with the DOMMatrix methods pdfjs calls. */
class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: Init) {
    if (init && init.length >= 6) {
      this.a = init[0]!;
      this.b = init[1]!;
      this.c = init[2]!;
      this.d = init[3]!;
      this.e = init[4]!;
      this.f = init[5]!;
    }
  }
  get is2D(): boolean {
    return true;
  }
  multiplySelf(m: Matrix2D): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(m: Matrix2D): this {
    const copy = new Matrix2D([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y]));
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new Matrix2D([sx, 0, 0, sy, 0, 0]));
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (!det) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = [Number.NaN, 0, 0, Number.NaN, 0, 0];
      return this;
    }
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
  multiply(m: Matrix2D): Matrix2D {
    return this.clone().multiplySelf(m);
  }
  translate(x = 0, y = 0): Matrix2D {
    return this.clone().translateSelf(x, y);
  }
  scale(sx = 1, sy = sx): Matrix2D {
    return this.clone().scaleSelf(sx, sy);
  }
  inverse(): Matrix2D {
    return this.clone().invertSelf();
  }
  private clone(): Matrix2D {
    return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

class Stub {}

/** A font face that loads nothing: the CLI reads text, and never paints a glyph (cli/pdfjs.ts). */
class FontFace {
  readonly loaded: Promise<this>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<this> {
    return this.loaded;
  }
}

const g = globalThis as Record<string, unknown>;
g.DOMMatrix ??= Matrix2D;
g.ImageData ??= Stub;
g.Path2D ??= Stub;
g.FontFace ??= FontFace;
// pdfjs inflates every stream through DecompressionStream when there is one; in Node each costs a
// zlib stream, and a PDF of many small streams (Chromium's Type 3 glyphs, one per character) took
// twice as long as pdfjs's own inflate (zlib called whole, without the web stream, was no faster).
// pdfjs tries it for every stream and takes its own inflate when the constructor throws: this one
// throws at once, and throws no Error, whose stack V8 would capture (a ReferenceError each time,
// with no DecompressionStream at all: 37 ms of an 11-page run). Nothing else in the CLI uses it.
const UNSUPPORTED = Object.freeze({ name: 'NotSupportedError' });
g.DecompressionStream = class NoDecompressionStream {
  constructor() {
    throw UNSUPPORTED;
  }
};

export {};
