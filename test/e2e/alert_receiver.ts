// An HTTP endpoint on 127.0.0.1 that records what Kapacitor's alert `.post()` handler sends.
import { createServer, type Server } from 'node:http';

/** The JSON body Kapacitor posts for an alert event (the parts the test looks at). */
export interface PostedAlert {
  id: string;
  message: string;
  level: string;
  time: string;
  data?: { series?: { name: string; tags?: Record<string, string>; columns: string[]; values: unknown[][] }[] };
}

export class AlertReceiver {
  readonly alerts: { path: string; body: PostedAlert }[] = [];
  readonly invalid: string[] = [];
  private readonly server: Server;
  private port = 0;

  constructor() {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        try {
          this.alerts.push({ path: request.url ?? '', body: JSON.parse(body) as PostedAlert });
        } catch {
          this.invalid.push(body);
        }
        response.writeHead(200).end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this.url('/alerts');
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
