import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { destination as pinoDestination, type DestinationStream, type LoggerOptions } from 'pino';
import type { Options } from 'pino-http';
import type { ProcessRole } from '../../boot-options.js';
import type { AppConfig } from '../../config/env.variables.js';
import { requestFacts } from './request-facts.js';
import { requestIdOf } from './request-id.js';
import { scrubText, scrubValue } from './scrub.js';

/** `/graphql?x=…` → `/graphql`: query strings may carry tokens (reset links, invitations). */
export function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/** The level of a request's closing line, by its status code. */
export function requestLogLevel(statusCode: number): 'error' | 'warn' | 'info' {
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * pino settings shared by both roles. Every record is scrubbed (scrub.ts) on its way out, whatever
 * logged it; requests log no headers and no bodies at all.
 */
export function pinoOptions(config: AppConfig, role: ProcessRole): LoggerOptions {
  return {
    level: config.operations.logLevel,
    base: { role, pid: process.pid },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    messageKey: 'msg',
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrubValue(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as typeof args;
        return method.apply(this, scrubbed);
      },
    },
  };
}

/** One line per HTTP request (`request completed`), every line it causes carrying its `requestId`. */
export function loggerParams(config: AppConfig, role: ProcessRole, destination?: DestinationStream): Params {
  const options: Options<IncomingMessage, ServerResponse> = {
    ...pinoOptions(config, role),
    genReqId: requestIdOf,
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    // Health probes every few seconds would drown the rest.
    autoLogging: { ignore: (req) => pathOf(req.url).startsWith('/health') },
    customLogLevel: (_req, res, error) => (error ? 'error' : requestLogLevel(res.statusCode)),
    serializers: {
      req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({
        method: req.method,
        path: pathOf(req.url),
        remoteAddress: req.remoteAddress,
      }),
    },
    // The response is summed up by its status code (read at the end: the bound `res` predates it).
    customSuccessObject: (req, res, value: Record<string, unknown>) => {
      const facts = requestFacts(req);
      const { res: _bound, ...rest } = value;
      return {
        ...rest,
        statusCode: res.statusCode,
        ...(facts.graphqlOperation ? { operation: facts.graphqlOperation } : {}),
        ...(facts.graphqlErrorCodes?.length ? { errorCodes: facts.graphqlErrorCodes } : {}),
      };
    },
  };
  options.customErrorObject = (_req, res, _error, value: Record<string, unknown>) => {
    const { res: _bound, ...rest } = value;
    return { ...rest, statusCode: res.statusCode };
  };
  // Synchronous stdout: pino's default buffers and flushes on 'exit', but Nest ends a SIGTERM by
  // re-raising the signal, which emits no 'exit' — the shutdown's own last lines were lost.
  const stream = destination ?? pinoDestination({ dest: 1, sync: true });
  return { pinoHttp: [options, stream], renameContext: 'context' };
}
