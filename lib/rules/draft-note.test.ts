import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { draftNote } from './draft-note';
import { fact, makeCtx, makeReport } from './testing';

/** A report page with `paragraphs` under 二、主动公开政府信息情况, audited: its draft-note findings. */
const notes = (...paragraphs: string[]) =>
  audit(
    sourceFromHtml(
      `<html><head><title>XX县民政局2023年政府信息公开工作年度报告</title></head><body><h1>XX县民政局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>三、收到和处理政府信息公开申请情况</p></body></html>`,
    ),
  ).findings.filter((f) => f.rule === 'draft-note');

describe('draft-note', () => {
  it('quotes each drafting note left in the text, with the words it stands after (two real reports)', () => {
    // A county department's report (its figure 23 beside the note), a province bureau's 2017 (in
    // traditional script, as its mirror prints it).
    const found = notes(
      '2023年,通过政府门户网站、政务新媒体等平台,累计主动公开政府信息 23条(请根据实际情况填写)。内容涵盖机构职能、政策文件。',
      '在主動公開的信息中,政策法規類的信息16條,占總體的比例為6.8%(內容可具體描述);規劃計畫類的信息90條。',
    );
    expect(found.map((f) => f.message)).toEqual([
      '正文留有模板的填写说明：「累计主动公开政府信息 23条(请根据实际情况填写)」',
      '正文留有模板的填写说明：「占總體的比例為6.8%(內容可具體描述)」',
    ]);
    expect(found.map((f) => [f.severity, f.cells])).toEqual([
      ['warning', ['f.draft_note.1']],
      ['warning', ['f.draft_note.2']],
    ]);
    // Other notes a template writes: 此处填写, 填写说明, 如无则删除, 请填写, in full-width brackets too.
    for (const note of [
      '（此处填写本机关名称）',
      '【填写说明：按实际情况】',
      '（如无此项则删除）',
      '(请填写)',
    ])
      expect(notes(`全年主动公开政府信息120条${note}。`), note).toHaveLength(1);
  });

  it('says nothing of brackets that are the report’s own words', () => {
    for (const text of [
      '申请人可通过网站在线提交申请（可在线填写申请表）。',
      '申请人须如实填写《政府信息公开申请表》（申请人应当填写联系方式）。',
      '全年主动公开政府信息120条（详见附件）。',
      '根据实际情况，及时调整主动公开目录（2023年修订）。',
    ])
      expect(notes(text), text).toEqual([]);
  });

  it('runs on the facts the reader gives it, and none is a figure left out (text-blank-number)', () => {
    const report = makeReport({
      facts: [{ ...fact('f.draft_note.1', 0), value: null, quote: '23条(请根据实际情况填写)' }],
    });
    expect(draftNote.run(report, makeCtx())).toHaveLength(1);
    // Nothing passes where no text was read (a scan): the check is not run.
    expect(draftNote.skip?.(report, makeCtx())).toBeNull();
    const scan = makeCtx();
    scan.media = { ...scan.media, scanned: true };
    expect(draftNote.skip?.(report, scan)).toMatch(/扫描件/);
    const page = notes('累计主动公开政府信息23条(请根据实际情况填写)。');
    expect(page).toHaveLength(1);
    const all = audit(
      sourceFromHtml(
        '<html><head><title>XX局2023年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>累计主动公开政府信息23条(请根据实际情况填写)。</p></body></html>',
      ),
    ).findings;
    expect(all.filter((f) => f.rule === 'text-blank-number')).toEqual([]);
  });
});
