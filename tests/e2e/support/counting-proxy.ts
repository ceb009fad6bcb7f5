// An HTTP proxy on 127.0.0.1 that every browser request is routed through. Requests to the test page server
// are forwarded; anything else is refused and recorded, so "the extension made no network request" is a
// count the tests can assert, not a hope. The browsers are told to send even loopback traffic here.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface CountingProxy {
  port: number;
  /** Every request that was not for an allowed origin: "GET http://host/path" or "CONNECT host:443". */
  foreign: string[];
  /** Requests forwarded to an allowed origin, as full URLs. */
  forwarded: string[];
  close(): Promise<void>;
}

export async function startCountingProxy(allowedOrigins: string[]): Promise<CountingProxy> {
  const foreign: string[] = [];
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const target = parseTarget(req.url ?? '');
    if (!target || !allowedOrigins.includes(target.origin)) {
      foreign.push(`${req.method} ${req.url}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the e2e counting proxy');
      return;
    }
    forwarded.push(target.href);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, connection: 'close' } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    // The page server may be stopped on purpose (the offline library test): answer like a dead host.
    upstream.on('error', () => res.headersSent ? res.destroy() : res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS and WebSocket-over-TLS arrive as CONNECT; nothing the tests load needs either.
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    foreign.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket) => {
    foreign.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    foreign,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function parseTarget(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' ? url : null;
  } catch {
    return null; // a relative URL means a client talked to the proxy as if it were a web server
  }
}
