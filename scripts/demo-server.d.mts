import type { Server } from 'node:http';

/** The repository's root folder. */
export const root: string;
/** The demo's pages, `index.html` first: every `demo/*.html`. */
export function demoPages(): string[];
/** Starts the demo server (port 0: any free one) and resolves once it listens. */
export function startDemoServer(options?: {
  port?: number;
  host?: string;
  cacheable?: boolean;
}): Promise<{ server: Server; origin: string }>;
