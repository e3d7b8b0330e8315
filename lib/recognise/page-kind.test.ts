import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { aboutReport, countMedia, namesPartOfYear } from './page-kind';

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

  it("counts from the report's heading to the portal's footer, not the header's or footer's pictures", () => {
    // 平潭综合实验区公安局 2020 (a zone portal's page, its report an attachment): logos and a banner before the
    // heading, then after the footer's 网站标识码 / ICP备 / 版权所有 its apps' and accounts' pictures, most
    // with no alt — "11 images" that were all the portal's.
    const header =
      '<img src="/images/gh_logo.png"><img src="/images/site_logo.png"><img src="/images/20xmszf_mzt_ewm.png">';
    const title = '平潭综合实验区公安局2020年政府信息公开工作年度报告';
    const article = `<h1>${title}</h1><p><a href="./P020240708585830864986.doc">${title}.doc</a></p>`;
    const footer =
      '<p>网站标识码：3590000001</p><img src="/images/babs.png"><p>闽ICP备09032658号 版权所有：平潭综合实验区党工委管委会网站</p>' +
      '<img src="/images/20231118ptfb.jpg" alt="平潭发布"><img src="/images/20231118ptt.png" alt="平潭通"><img src="/images/img11.png">';
    const blocks = sourceFromHtml(`<html><body>${header}${article}${footer}</body></html>`).blocks;
    expect(countMedia(blocks, title)).toEqual({ images: 0, attachments: 1 });
    // The article's own pictures count, and without a heading named by the title, from the page's start.
    const pictures = '<p><img src="./W020210128.png" alt=""><img src="./W020210129.png" alt=""></p>';
    const withPictures = sourceFromHtml(
      `<html><body>${header}${article}${pictures}${footer}</body></html>`,
    ).blocks;
    expect(countMedia(withPictures, title)).toEqual({ images: 2, attachments: 1 });
    expect(countMedia(withPictures)).toEqual({ images: 5, attachments: 1 });
    // A report's prose that names the site code or licence is no footer: its pictures after it count.
    const prose = '<p>规范展示网站标识码、ICP备案编号和党政机关标识。</p>';
    const named = sourceFromHtml(`<html><body>${article}${prose}${pictures}${footer}</body></html>`).blocks;
    expect(countMedia(named, title)).toEqual({ images: 2, attachments: 1 });
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

describe('namesPartOfYear', () => {
  it.each([
    '相山区2021年第一季度政府信息公开申请办理情况统计表',
    '相山区人民政府2021年3月依申请公开办理情况',
    '相山区2021年上半年政府信息公开工作情况',
    '2021年度第3季度依申请公开情况',
    '十二月份政府信息公开申请情况',
  ])('takes %s for part of a year', (title) => {
    expect(namesPartOfYear(title)).toBe(true);
  });

  it.each([
    '相山区2021年政府信息公开工作年度报告',
    '相山区政府信息公开年报（2021年3月）',
    '相山区2021年政府信息公开工作情况_2022年3月15日',
    '2021年政府信息公开工作情况',
  ])('does not take %s for part of a year', (title) => {
    expect(namesPartOfYear(title)).toBe(false);
  });
});

describe('aboutReport', () => {
  it.each([
    '我区发布2021年政府信息公开工作年度报告',
    'XX区人民政府公布2021年政府信息公开工作年度报告',
    '《XX市2021年政府信息公开工作年度报告》出炉',
    '本市2021年政府信息公开工作年度报告发布',
  ])('takes %s for news of a report', (title) => {
    expect(aboutReport(title)).toBe(true);
  });

  it.each([
    'XX区人民政府2021年政府信息公开工作年度报告',
    '2021年XX区人民政府政府信息公开工作年度报告',
    '关于公布XX局2021年政府信息公开工作年度报告的通知',
    'XX区发布中心2021年政府信息公开工作年度报告',
  ])('does not take %s for news', (title) => {
    expect(aboutReport(title)).toBe(false);
  });
});
