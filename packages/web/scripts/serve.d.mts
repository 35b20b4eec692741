/** Starts a static file server for `folder` on 127.0.0.1 (port 0: any free port). */
export function serve(folder: string, port?: number): Promise<{ url: string; close(): Promise<void> }>;
