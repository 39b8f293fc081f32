export function findChrome(): string | null;
export const NO_CHROME_MESSAGE: string;
