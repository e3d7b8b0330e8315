/** The JSON export: the array of page results, validated against the contract before it leaves. */
import { ExportSchema, type PageResult } from '../model';

/** Validates with ExportSchema (throws on a broken result) and pretty-prints with a final newline. */
export function toJson(results: PageResult[]): string {
  return `${JSON.stringify(ExportSchema.parse(results), null, 2)}\n`;
}
