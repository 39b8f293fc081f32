export function startDemoServer(options?: { port?: number }): Promise<{ origin: string; close: () => Promise<void> }>;
