import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './process-metrics.js';
import { routeLabel } from './route-label.js';

/** Times every HTTP request from arrival to the last byte sent. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const stop = httpRequestDuration.startTimer();
  res.once('finish', () => stop({ method: req.method, route: routeLabel(req.originalUrl), status: String(res.statusCode) }));
  next();
}
