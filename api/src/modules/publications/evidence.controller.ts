import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, HttpException, Param, Post, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { CommonException } from '../../common/errors/common.exception.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { PublicErrorCode } from '../../common/errors/public-error-code.js';
import { Actor } from '../auth/domain/actor.js';
import { readSessionCookie } from '../auth/guards/auth.guard.js';
import { SessionService } from '../auth/session.service.js';
import { DisputeEvidenceService } from './dispute-evidence.service.js';
import { PublicationEvidenceObject } from './dtos/publication.dto.js';
import { UploadedPdf } from './evidence-file.js';
import { EvidenceService, StoredEvidence } from './evidence.service.js';


const HTTP_STATUS: Record<PublicErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INSUFFICIENT_TOKENS: 402,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Answers like a GraphQL error would read: { code, reason, message }, with the matching HTTP status. */
@Catch(DomainException, HttpException)
export class EvidenceErrorFilter implements ExceptionFilter {
  constructor(private readonly evidence: EvidenceService) {}

  catch(exception: DomainException | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // Multer refuses oversized files before our check sees them (413 from Nest): same answer as ours.
    const domain = exception instanceof DomainException ? exception : exception.getStatus() === 413 ? this.evidence.tooLarge() : null;
    if (!domain) {
      response.status(exception instanceof HttpException ? exception.getStatus() : 500).json({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_UPLOAD', message: 'Envoi invalide : un seul fichier, champ « file », en multipart/form-data.' });
      return;
    }
    response.status(HTTP_STATUS[domain.publicCode]).json({ code: domain.publicCode, reason: domain.reason, message: domain.message });
  }
}

/**
 * Evidence PDFs travel over REST multipart (not GraphQL, whose JSON bodies would carry them as
 * base64 and which has no standard upload in our Apollo setup). The upload returns an id that
 * `requestPublication` takes; the download serves moderators and the parties.
 */
@Controller('publications/evidence')
@UseFilters(EvidenceErrorFilter)
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly sessions: SessionService,
  ) {}

  @Post()
  // The limit is the largest allowed size (checked again, precisely, on the bytes); multer stops reading past it.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } }))
  async upload(@Req() req: Request, @UploadedFile() file: UploadedPdf | undefined): Promise<StoredEvidence> {
    return this.evidence.store(await this.actorOf(req), file);
  }

  @Get(':id')
  async download(@Req() req: Request, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { filename, content } = await this.evidence.read(await this.actorOf(req), id);
    sendPdf(res, filename, content);
  }

  private actorOf(req: Request): Promise<Actor> {
    return sessionActor(this.sessions, req);
  }
}

async function sessionActor(sessions: SessionService, req: Request): Promise<Actor> {
  const actor = await sessions.resolve(readSessionCookie(req.cookies));
  if (!actor) throw CommonException.unauthenticated();
  return actor;
}

function sendPdf(res: Response, filename: string, content: Buffer): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${filename.replace(/"/g, '')}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(content);
}

/** The debtor's dispute evidence: POST /disputes/{disputeId}/evidence, GET /disputes/evidence/{id}. */
@Controller('disputes')
@UseFilters(EvidenceErrorFilter)
export class DisputeEvidenceController {
  constructor(
    private readonly evidence: DisputeEvidenceService,
    private readonly sessions: SessionService,
  ) {}

  @Post(':disputeId/evidence')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } }))
  async upload(@Req() req: Request, @Param('disputeId') disputeId: string, @UploadedFile() file: UploadedPdf | undefined): Promise<PublicationEvidenceObject> {
    return this.evidence.attach(await sessionActor(this.sessions, req), disputeId, file);
  }

  @Get('evidence/:id')
  async download(@Req() req: Request, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { filename, content } = await this.evidence.read(await sessionActor(this.sessions, req), id);
    sendPdf(res, filename, content);
  }
}
