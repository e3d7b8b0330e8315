/**
 * The words that name the template's six sections (lib/recognise/sections.ts), in a module of their
 * own with no imports: the page walk (lib/adapters/walk.ts) reads them too, and runs in the page
 * script, which must not bring the folding tables of lib/text.ts with it.
 */

/** Words that name a section wherever a short block holds them (a heading of its own). */
export const SECTION_RES: RegExp[] = [
  /总体情况|工作基本情况|概述|工作概况|总体概况/,
  /主动公开政府信息(?:情况)?|主动公开情况/,
  /收到和处理政府信息公开申请|依申请公开(?:政府信息)?(?:工作)?情况/,
  /行政复议.{0,4}行政诉讼|行政复议和行政诉讼|复议.{0,2}诉讼情况/,
  /存在的主要问题|主要问题(?:及|和|与)改进|存在(?:的)?问题(?:及|和|与)|问题(?:及|和|与)改进/,
  /其他需(?:要)?报告(?:的)?事项|其他(?:需要)?说明的事项/,
];
