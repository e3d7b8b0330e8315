/**
 * Writes small PDFs by hand for the bad-input tests: pages of ASCII text or of one image (a scan),
 * a metadata title, a password (an /Encrypt dictionary no empty password opens), or many pages.
 */

export interface MakeOptions {
  title?: string;
  /** Needs a password: pdfjs refuses it without one. */
  encrypted?: boolean;
}

export type PageSpec = { text: string } | { image: true };

/** A title as a PDF text string: UTF-16BE with its byte-order mark, in hex. */
function pdfString(s: string): string {
  let hex = 'FEFF';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) continue;
    hex += cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** The bytes of a PDF with the given pages. */
export function makePdf(pages: PageSpec[], opts: MakeOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const image = add(
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream',
  );
  const kids: number[] = [];
  for (const p of pages) {
    const content =
      'text' in p
        ? `BT /F1 12 Tf 72 720 Td (${p.text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`
        : 'q 500 0 0 700 50 50 cm /Im1 Do Q';
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = opts.title ? add(`<< /Title ${pdfString(opts.title)} >>`) : 0;
  const encrypt = opts.encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`,
      )
    : 0;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const extra = `${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : ''}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: every character above is one byte.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/**
 * A one-page PDF of lines of 2-byte codes shown in a Type0 font that is not embedded: `encoding`
 * and the descendant font's character collection (`ordering`) say how pdfjs may map them.
 */
function type0Pdf(codes: number[][], encoding: string, ordering: string, font: string): Uint8Array {
  const hex = (l: number[]) => `<${l.map((c) => c.toString(16).padStart(4, '0')).join('')}>`;
  const content = codes.map((l, i) => `BT /F1 12 Tf 50 ${780 - 30 * i} Td ${hex(l)} Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 2 >> /FontDescriptor 7 0 R >>`,
    `<< /Type /FontDescriptor /FontName /${font} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out); // ASCII only: offsets are byte offsets
}

/**
 * A PDF whose Chinese text is encoded by a predefined CMap (UniGB-UCS2-H) with a font that is not
 * embedded (STSong-Light), as some PDF printers and older WPS versions write them.
 */
export function cmapPdf(lines: string[]): Uint8Array {
  return type0Pdf(
    lines.map((l) => [...l].map((c) => c.charCodeAt(0))),
    'UniGB-UCS2-H',
    'GB1',
    'STSong-Light',
  );
}

/**
 * A PDF whose text does not decode: glyph numbers (Identity-H) in a font with no map from them to
 * Unicode, as a font subset embedded without its ToUnicode table is written. pdfjs gives the numbers
 * themselves as characters (Latin letters, accented ones and beyond).
 */
export function garbledPdf(lines: number, perLine = 20): Uint8Array {
  const codes = Array.from({ length: lines }, (_, i) =>
    Array.from({ length: perLine }, (_, j) => 0x64 + ((i * 37 + j * 13) % 400)),
  );
  return type0Pdf(codes, 'Identity-H', 'Identity', 'ABCDEF+SimSun');
}
