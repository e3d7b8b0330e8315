/**
 * Laying out a chart's own text (title, legend, caption) without a browser to measure it: widths
 * estimated from the characters, lines broken between words in English and anywhere in Chinese.
 */

/** Chinese, Japanese and full-width characters: about one em wide, and a line may break after any. */
const WIDE = /[\u2e80-\uffff]/u;

/** Approximate width of text: wide characters are one em, the rest about 0.6 em. */
export function textWidth(text: string, size = 13): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.6;
  return w;
}

/**
 * Breaks text into lines no wider than `width`: between words of Latin text, after any Chinese
 * character, and inside a word (a long address) only when the word alone is too wide.
 */
export function wrap(text: string, width: number, size = 13): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (line === '' && /^\s+$/.test(token)) continue;
    if (textWidth(line + token, size) <= width) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    if (line !== '') push();
    if (textWidth(token, size) <= width || WIDE.test(token)) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (line !== '' && textWidth(line + ch, size) > width) push();
      line += ch;
    }
  }
  push();
  return lines;
}
