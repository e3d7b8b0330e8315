/**
 * Our translator: @wxt-dev/i18n over browser.i18n (zh_CN by default, en when the browser is in
 * English). Built here rather than taken from the generated `#i18n` module so the code runs, and
 * its tests resolve, before `wxt prepare` has generated anything; only the key types come from it.
 */

import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/** `i18n.t('flags.save')` → 保存 / Save. */
export const i18n = createI18n<GeneratedI18nStructure>();
