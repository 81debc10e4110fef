/// <reference lib="webworker" />
// Sends the saves for the HTTP bridge (see httpBridge.ts): turning a long draft into a
// request body takes a browser tens of milliseconds, and starting any request about one, which
// here are not the typing thread's.

export interface SendRequest {
  id: number;
  url: string;
  token: string;
  tokenHeader: string;
  args: unknown[];
}

export type SendReply = { id: number; status: number; body: string } | { id: number; failed: true };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<SendRequest>) => {
  const { id, url, token, tokenHeader, args } = event.data;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: token },
      body: JSON.stringify({ args }),
    });
    self.postMessage({ id, status: response.status, body: await response.text() } satisfies SendReply);
  } catch {
    self.postMessage({ id, failed: true } satisfies SendReply);
  }
};
