/** The files a build of the web app reads, relative to the repository root, sorted. */
export function buildInputs(web?: string): string[];
/** One hash over the names and contents of the build's inputs. */
export function sourceHash(web?: string): string;
/** Whether web/dist was built from exactly these sources. */
export function isUpToDate(web?: string): boolean;
