/** Types for portal.mjs (the fake portal of the --follow tests, the sweep e2e test and the bench). */
export const FIXTURES: string;
export const LIST_PATH: string;
export const OTHER_HOST: string;

export interface Portal {
  port: number;
  url(path?: string, host?: string): string;
  reports: { path: string; fixture: string }[];
  traps: { path: string; host: string | null; expect: string }[];
  pages: number;
  lists: { path: string; host: string | null }[][];
  maxInFlight(): number;
  requests: { path: string; host: string; agent: string; at: number }[];
  close(): Promise<void>;
}

export function startPortal(opts?: {
  copies?: number;
  perPage?: number;
  slowMs?: number;
  latencyMs?: number;
  traps?: boolean;
}): Promise<Portal>;
