/**
 * The desk's Word (.docx) reader for the CLI: bundled as dist/cli-docx.cjs with mammoth, loaded only
 * when a .docx comes along (mammoth is most of a megabyte the HTML runs need not parse).
 */
export { docxToHtml } from '../lib/desk/files';
