import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { pathOf, requestLogLevel } from './logger-params.js';

/**
 * The closing line of a request answered at the front of the HTTP chain, before pino-http's
 * middleware (ProfileFastPath): the same message and fields, in the same order, as pino-http writes
 * with loggerParams — requestId, req { method, path, remoteAddress }, responseTime, statusCode —
 * plus what the caller adds (numbers and fixed words only). One logger for all such lines instead
 * of two child loggers per request.
 */
export class FrontRequestLog {
  private logger: Logger | null = null;

  /** `root` is read at the first line: nestjs-pino sets its root logger when the application starts. */
  constructor(private readonly root: () => Logger) {}

  write(req: IncomingMessage, requestId: string, startedAt: number, statusCode: number, extra: Record<string, unknown>): void {
    // The object below is already what loggerParams' `req` serializer makes of a request. Not
    // scrubbed, as in pino-http's line, where the request id and `req` are bindings (never passed
    // to formatters.log) and the rest are numbers and fixed words: the path is always a route's.
    this.logger ??= this.root().child({}, { serializers: { req: (value: unknown) => value }, formatters: { log: (line: object) => line } });
    const line = {
      requestId,
      req: { method: req.method, path: pathOf(req.url), remoteAddress: req.socket.remoteAddress },
      responseTime: Date.now() - startedAt,
      statusCode,
      ...extra,
    };
    this.logger[requestLogLevel(statusCode)](line, 'request completed');
  }
}
