import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './process-metrics.js';
import { routeLabel } from './route-label.js';

const ARRIVAL = Symbol('bonpayeur.arrival');
type WithArrival = IncomingMessage & { [ARRIVAL]?: number };

/** For a middleware ahead of httpMetrics (ProfileFastPath): the request's duration counts from now. */
export function markArrival(req: IncomingMessage): number {
  const holder = req as WithArrival;
  holder[ARRIVAL] ??= performance.now();
  return holder[ARRIVAL];
}

/** Counts one HTTP request that took from `arrivedAt` (performance.now()) until now. */
export function observeHttpRequest(method: string | undefined, url: string, statusCode: number, arrivedAt: number): void {
  httpRequestDuration.observe({ method, route: routeLabel(url), status: String(statusCode) }, (performance.now() - arrivedAt) / 1000);
}

/** Times every HTTP request from arrival to the last byte sent. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const arrivedAt = markArrival(req);
  res.once('finish', () => observeHttpRequest(req.method, req.originalUrl, res.statusCode, arrivedAt));
  next();
}
