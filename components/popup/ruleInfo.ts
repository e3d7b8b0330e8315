/** A rule's short title (Chinese / English) and its explanation, for the popup's and the desk's findings. */
import { PAIR_RULES, RULES } from '../../lib/rules/index';

const INFO = new Map<string, { title: string; explain: string }>(
  [...RULES, ...PAIR_RULES].map((r) => [r.id, { title: r.title, explain: r.explain }]),
);

/** The catalogue's title and explanation of a rule id; an unknown id gets its id as title. */
export function ruleInfo(id: string): { title: string; explain: string } {
  return INFO.get(id) ?? { title: id, explain: '' };
}
