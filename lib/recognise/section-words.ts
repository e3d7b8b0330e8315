/**
 * The words that name the template's six sections (lib/recognise/sections.ts), in a module of their
 * own with no imports: the page walk (lib/adapters/walk.ts) reads them too, and runs in the page
 * script, which must not bring the folding tables of lib/text.ts with it.
 */

/**
 * Words that name a section wherever a short block holds them (a heading of its own). In either
 * script: the page walk reads lines unfolded (總體情況 on a traditional page set as one paragraph was
 * no heading, and 报告缺少「一、总体情况」); folded text only ever has the simplified.
 */
export const SECTION_RES: RegExp[] = [
  /[总總][体體]情[况況]|工作基本情[况況]|概述|工作概[况況]|[总總][体體]概[况況]/,
  /主[动動]公[开開]政府信息(?:情[况況])?|主[动動]公[开開]情[况況]/,
  /收到和[处處]理政府信息公[开開]申[请請]|依申[请請]公[开開](?:政府信息)?(?:工作)?情[况況]/,
  /行政[复復][议議].{0,4}行政[诉訴][讼訟]|行政[复復][议議]和行政[诉訴][讼訟]|[复復][议議].{0,2}[诉訴][讼訟]情[况況]/,
  /存在的主要[问問][题題]|主要[问問][题題](?:及|和|与|與)改[进進]|存在(?:的)?[问問][题題](?:及|和|与|與)|[问問][题題](?:及|和|与|與)改[进進]/,
  /其他需(?:要)?[报報]告(?:的)?事[项項]|其他(?:需要)?[说說]明的事[项項]/,
];
