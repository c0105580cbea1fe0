// Types for scripts/smoke-kit.mjs (scripts/vite/demo-csp.ts imports STRICT_CSP from it).
import type { Server, ServerResponse } from 'node:http';

export declare const STRICT_CSP: string;
export declare function serveDirectory(
  dir: string,
  options?: {
    route?: (path: string, res: ServerResponse) => boolean | Promise<boolean>;
    rewrite?: (path: string) => string | null;
    headers?: (path: string) => Record<string, string>;
  },
): Promise<{ server: Server; origin: string }>;
export declare function checklist(): {
  failures: string[];
  check: (label: string, ok: boolean, detail?: string) => void;
};
