/**
 * What kind of page this is beyond its tables: the images and attachments of the article, and
 * whether the report itself is an image or an attachment under its own heading.
 */
import type { AuditContext } from '../rules/types';
import type { Block, PageSource } from '../source';
import { normLabel } from '../text';
import { normOf } from './blocktext';

const IGNORED_IMAGE = /logo|icon|banner|\.gif|wza|erweima|qrcode|二维码|分享|sharing|button|btn/i;
/** Images and attachments that are part of the article, not the portal's chrome. */
export function countMedia<N>(blocks: Block<N>[]): AuditContext['media'] {
  const media = { images: 0, attachments: 0 };
  for (const b of blocks) {
    if (b.kind !== 'media') continue;
    if (b.media === 'attachment') media.attachments++;
    else if (!IGNORED_IMAGE.test(b.text)) media.images++;
  }
  return media;
}

/**
 * A page whose report is all images or an attachment: the document title and a heading name the
 * report (a title that ends in 报告, not news about one), and the article under that heading holds
 * an image or an attachment. A list of reports has its column name for a document title; news
 * about the report has a title that goes on after 报告.
 */
export function mediaReport<N>(source: PageSource<N>, title: string): boolean {
  const t = normLabel(title);
  if (!/(?:报告|年报)(?:\([^)]*\))?$/.test(t) || !normLabel(source.title).includes(t)) return false;
  let heading = false;
  for (const b of source.blocks) {
    if (b.kind === 'text') {
      if (!heading && b.text.length <= t.length + 40) {
        const text = normOf(b);
        heading = text.includes(t) && text.length <= t.length + 20;
      }
    } else if (heading && b.kind === 'media') {
      if (b.media === 'attachment' || !IGNORED_IMAGE.test(b.text)) return true;
    }
  }
  return false;
}
