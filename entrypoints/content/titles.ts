/** Rule id → its short title (Chinese / English) from the catalogue, for the panel and tooltips. */
import { RULES } from '../../lib/rules';

/** Titles by rule id; an unknown id shows as itself. */
export const TITLES: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.id, r.title]));
