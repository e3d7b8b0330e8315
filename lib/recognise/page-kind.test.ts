import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { countMedia } from './page-kind';

const media = (body: string) => countMedia(sourceFromHtml(`<html><body>${body}</body></html>`).blocks);

describe('countMedia', () => {
  it("counts the article's images and attachments, not the portal's logo, badges and buttons", () => {
    const chrome = [
      '<img src="/images/logo.png" alt="濉溪县人民政府">',
      '<img src="/images/logo2.png" alt="某某市政府门户网站">',
      '<img src="/images/dzjg.png" alt="党政机关">',
      '<img src="/images/jiucuo.png" alt="政府网站找错">',
      '<img src="/images/wza.png" alt="无障碍浏览">',
      '<img src="/images/wx.png" alt="微信公众号">',
      '<img src="/images/print.png" alt="打印本页">',
    ].join('');
    const article =
      '<img src="/a/1.png" alt="表二 主动公开政府信息情况"><img src="/a/2.png" alt=""><a href="/a/report.pdf">附件：年度报告.pdf</a>';
    expect(media(chrome)).toEqual({ images: 0, attachments: 0 });
    expect(media(chrome + article)).toEqual({ images: 2, attachments: 1 });
  });

  it('does not count an icon (width or height of 64 px or less) as a picture that may be a table', () => {
    const icons =
      '<img src="/images/ga.png" alt="" width="16" height="16"><img src="/i/dot.gif" width="8px"><img src="/i/b.png" height="40">';
    const pictures =
      '<img src="/a/1.png" alt="" width="800"><img src="/a/2.png" alt="" height="65"><img src="/a/3.png" width="100%">';
    expect(media(icons)).toEqual({ images: 0, attachments: 0 });
    expect(media(icons + pictures)).toEqual({ images: 3, attachments: 0 });
  });
});
