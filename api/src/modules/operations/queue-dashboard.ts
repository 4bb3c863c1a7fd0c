import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bull';
import type { NextFunction, Request, Response } from 'express';
import { AdminRequest } from './admin-request.js';
import { ALL_QUEUES } from './operations-queues.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues for platform ADMINs (session cookie checked on every request, pages
 * and API alike): every queue's jobs by state, failed ones with their error, retried from there.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const access = app.get(AdminRequest);
  const queues = app.get<symbol, Queue[]>(ALL_QUEUES);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullAdapter(queue, { allowRetries: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Bonpayeur · files' } },
  });
  const adminOnly = (req: Request, res: Response, next: NextFunction): void => {
    access.isAdmin(req).then(
      (admin) => (admin ? next() : res.status(403).type('text/plain').send('Réservé aux administrateurs de la plateforme.')),
      next,
    );
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, serverAdapter.getRouter());
}
