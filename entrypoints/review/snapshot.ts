/**
 * The desk's snapshot of a PDF report: its text and tables as the audit read them, as plain HTML.
 * It lives in lib/pdf/snapshot.ts, where the desk's PDF import (lib/pdf/file.ts) takes it too.
 */
export { sourceHtml } from '../../lib/pdf/snapshot';
