// A tiny MCP server built on the official TypeScript SDK: an independent peer for
// McpProbe's tests. `node sdk-server.mjs sse|streamable` listens on a free loopback
// port and prints one line "listening <url>" (the URL a client should be given).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const mode = process.argv[2] ?? 'sse';

function makeServer() {
  const server = new McpServer({ name: 'sdk-peer', version: '0.0.1' });
  server.tool('echo', 'Echoes its input', { text: z.string() }, async ({ text }) => ({
    content: [{ type: 'text', text }],
  }));
  server.tool('add', 'Adds two numbers', { a: z.number(), b: z.number() }, async ({ a, b }) => ({
    content: [{ type: 'text', text: String(a + b) }],
  }));
  server.prompt('greet', 'Says hello', async () => ({
    messages: [{ role: 'user', content: { type: 'text', text: 'hello' } }],
  }));
  return server;
}

const sse = new Map();
const streams = new Map();

const httpServer = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  try {
    if (mode === 'sse' && req.method === 'GET' && url.pathname === '/sse') {
      const transport = new SSEServerTransport('/messages', res);
      sse.set(transport.sessionId, transport);
      res.on('close', () => sse.delete(transport.sessionId));
      await makeServer().connect(transport);
      return;
    }
    if (mode === 'sse' && req.method === 'POST' && url.pathname === '/messages') {
      const transport = sse.get(url.searchParams.get('sessionId'));
      if (!transport) { res.writeHead(404).end('unknown session'); return; }
      await transport.handlePostMessage(req, res);
      return;
    }
    if (mode === 'streamable' && url.pathname === '/mcp') {
      const id = req.headers['mcp-session-id'];
      let transport = id ? streams.get(id) : undefined;
      if (!transport) {
        if (id) { res.writeHead(404).end('unknown session'); return; }
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (sid) => streams.set(sid, transport),
        });
        await makeServer().connect(transport);
      }
      await transport.handleRequest(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  } catch (e) {
    if (!res.headersSent) res.writeHead(500).end(String(e));
  }
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address();
  const path = mode === 'sse' ? '/sse' : '/mcp';
  console.log(`listening http://127.0.0.1:${port}${path}`);
});
process.on('SIGTERM', () => process.exit(0));
