// Suite side of the control channel (see host/benchControlServer.ts).
import type { ControlCalls } from '../shared/controlCalls';

export class BenchControl {
  constructor(private readonly baseUrl: string) {}

  async call<K extends keyof ControlCalls>(name: K, args: ControlCalls[K]['args']): Promise<ControlCalls[K]['result']> {
    const response = await fetch(`${this.baseUrl}/${name}`, { method: 'POST', body: JSON.stringify(args) });
    const text = await response.text();
    if (!response.ok) throw new Error(`control call ${name} failed: ${text}`);
    return JSON.parse(text) as ControlCalls[K]['result'];
  }

  /** List requests (GET /v2/actor-tasks) the fake served after `mark`. */
  async listRequestsSince(mark: number) {
    const served = await this.call('requestsSince', { mark });
    return served.filter((request) => request.path === '/v2/actor-tasks');
  }
}
