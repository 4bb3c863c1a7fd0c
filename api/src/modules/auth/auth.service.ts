import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { CompaniesService } from '../companies/companies.service.js';
import { TokensService } from '../tokens/tokens.service.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';
import { Actor } from './domain/actor.js';
import { requireCreditor } from './domain/require-creditor.js';
import { MemberRole, PlatformRole } from './domain/roles.js';
import { assertAcceptablePassword, normalizeEmail, normalizeFullName } from './domain/validate-sign-up.js';
import { Invitation, Me, MemberCompany } from './dtos/me.object.js';
import { SignUpInput } from './dtos/sign-up.input.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';

const INVITATION_TTL_DAYS = 14;
const UNIQUE_VIOLATION = '23505';

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface OpenedSession {
  me: Me;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly clock: Clock,
    private readonly tokens: TokensService,
  ) {}

  /** Creates the account, its membership (OWNER of a new company, or the invited role) and a session. */
  async signUp(input: SignUpInput): Promise<OpenedSession> {
    const email = normalizeEmail(input.email);
    const fullName = normalizeFullName(input.fullName);
    assertAcceptablePassword(input.password);
    // Validates the SIREN (clear error) and registers an unknown company before the transaction.
    const company = input.invitationToken || !input.companySiren
      ? null
      : await this.companies.findOrCreateBySiren(input.companySiren, input.companyName);
    const passwordHash = await this.hasher.hash(input.password);

    const { userId, companySiren } = await this.dataSource.transaction(async (manager) => {
      const membership = input.invitationToken
        ? await this.consumeInvitation(manager, input.invitationToken, email)
        : company
          ? await this.claimOwnership(manager, company.siren)
          : null;
      const userId = await this.insertUser(manager, email, passwordHash, fullName);
      if (membership) {
        // Creating a company at sign-up proves nothing: that membership stays unverified until a
        // company claim is verified. An invitation from a verified member carries its verification.
        await manager.query(
          `INSERT INTO memberships (user_id, company_siren, role, verified_at)
           VALUES ($1, $2, $3, CASE WHEN $4::uuid IS NOT NULL AND EXISTS (
             SELECT 1 FROM memberships WHERE user_id = $4::uuid AND company_siren = $2 AND verified_at IS NOT NULL) THEN $5::timestamptz END)`,
          [userId, membership.siren, membership.role, membership.invitedBy, this.clock.now()],
        );
      }
      // Only a new creditor company gets the free tokens; an invited member joins an existing wallet.
      if (membership && !input.invitationToken) await this.tokens.grantSignup(manager, membership.siren);
      return { userId, companySiren: membership?.siren ?? null };
    });

    const { token, expiresAt } = await this.sessions.open(userId, companySiren);
    this.logger.log({ userId, companySiren, invited: Boolean(input.invitationToken) }, 'user signed up');
    return { me: await this.loadMe(userId, companySiren), token, expiresAt };
  }

  /** Same error for an unknown e-mail and a wrong password; failures are rate-limited. */
  async logIn(rawEmail: string, password: string, clientAddress: string): Promise<OpenedSession> {
    const email = rawEmail.trim().toLowerCase();
    await this.rateLimiter.assertAllowed(email, clientAddress);
    const rows: { id: string; password_hash: string }[] = await this.dataSource.query(
      `SELECT id, password_hash FROM users WHERE email = $1`,
      [email],
    );
    const user = rows[0];
    const valid = await this.hasher.verify(user?.password_hash ?? null, password.slice(0, 1_000));
    if (!user || !valid) {
      await this.rateLimiter.recordFailure(email, clientAddress);
      this.logger.warn({ knownUser: Boolean(user) }, 'log-in refused');
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'E-mail ou mot de passe incorrect.');
    }
    await this.rateLimiter.reset(email);
    const firstCompany: { company_siren: string }[] = await this.dataSource.query(
      `SELECT company_siren FROM memberships WHERE user_id = $1 ORDER BY created_at, company_siren LIMIT 1`,
      [user.id],
    );
    const activeSiren = firstCompany[0]?.company_siren ?? null;
    const { token, expiresAt } = await this.sessions.open(user.id, activeSiren);
    this.logger.log({ userId: user.id }, 'user logged in');
    return { me: await this.loadMe(user.id, activeSiren), token, expiresAt };
  }

  async me(actor: Actor): Promise<Me> {
    return this.loadMe(actor.userId, actor.activeCompany?.siren ?? null);
  }

  async switchCompany(actor: Actor, siren: string): Promise<Me> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND company_siren = $2`,
      [actor.userId, siren],
    );
    if (rows.length === 0) {
      throw new AuthException(AuthExceptionCode.NOT_A_MEMBER, "Vous n'êtes pas membre de cette entreprise.");
    }
    await this.sessions.setActiveCompany(actor.sessionId, siren);
    return this.loadMe(actor.userId, siren);
  }

  /** An owner invites someone by e-mail; the token is returned once, only its hash is kept. */
  async inviteMember(actor: Actor, rawEmail: string, role: MemberRole): Promise<Invitation> {
    const { siren } = requireCreditor(actor, 'MANAGE_TEAM');
    const email = normalizeEmail(rawEmail);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_TTL_DAYS * 86_400_000);
    await this.dataSource.query(
      `INSERT INTO invitations (token_hash, company_siren, email, role, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [sha256(token), siren, email, role, actor.userId, expiresAt],
    );
    return { email, role, token, expiresAt };
  }

  private async claimOwnership(manager: EntityManager, siren: string): Promise<{ siren: string; role: MemberRole; invitedBy: null }> {
    // The row lock serialises concurrent sign-ups claiming the same company.
    await manager.query(`SELECT 1 FROM companies WHERE siren = $1 FOR UPDATE`, [siren]);
    const members: unknown[] = await manager.query(`SELECT 1 FROM memberships WHERE company_siren = $1 LIMIT 1`, [siren]);
    if (members.length > 0) {
      throw new AuthException(
        AuthExceptionCode.COMPANY_ALREADY_HAS_OWNER,
        'Cette entreprise a déjà un compte Bonpayeur : demandez une invitation à son responsable.',
      );
    }
    return { siren, role: MemberRole.OWNER, invitedBy: null };
  }

  private async consumeInvitation(
    manager: EntityManager,
    token: string,
    email: string,
  ): Promise<{ siren: string; role: MemberRole; invitedBy: string }> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [{ company_siren: string; role: MemberRole; invited_by: string }[], number] = await manager.query(
      `UPDATE invitations SET accepted_at = $3
        WHERE token_hash = $1 AND email = $2 AND accepted_at IS NULL AND expires_at > $3
        RETURNING company_siren, role, invited_by`,
      [sha256(token), email, this.clock.now()],
    );
    const invitation = rows[0];
    if (!invitation) {
      throw new AuthException(
        AuthExceptionCode.INVALID_INVITATION,
        "Cette invitation n'est pas valide pour cette adresse, a expiré ou a déjà été utilisée.",
      );
    }
    return { siren: invitation.company_siren, role: invitation.role, invitedBy: invitation.invited_by };
  }

  private async insertUser(manager: EntityManager, email: string, passwordHash: string, fullName: string): Promise<string> {
    try {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`,
        [email, passwordHash, fullName],
      );
      return rows[0]!.id;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new AuthException(AuthExceptionCode.EMAIL_TAKEN, 'Un compte existe déjà avec cette adresse e-mail.');
      }
      throw error;
    }
  }

  private async loadMe(userId: string, activeSiren: string | null): Promise<Me> {
    const users: { id: string; email: string; full_name: string; platform_roles: PlatformRole[] }[] =
      await this.dataSource.query(`SELECT id, email, full_name, platform_roles FROM users WHERE id = $1`, [userId]);
    const user = users[0];
    if (!user) throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'Session expirée, reconnectez-vous.');
    const memberships: { siren: string; name: string; role: MemberRole; verified: boolean }[] = await this.dataSource.query(
      `SELECT m.company_siren AS siren, c.name, m.role, m.verified_at IS NOT NULL AS verified
         FROM memberships m JOIN companies c ON c.siren = m.company_siren
        WHERE m.user_id = $1 ORDER BY m.created_at, m.company_siren`,
      [userId],
    );
    const toMemberCompany = (row: { siren: string; name: string; role: MemberRole; verified: boolean }): MemberCompany => ({
      siren: row.siren,
      name: row.name,
      role: row.role,
      verified: row.verified,
    });
    const active = memberships.find((membership) => membership.siren === activeSiren);
    return {
      id: user.id,
      email: user.email,
      fullName: user.full_name,
      platformRoles: user.platform_roles,
      activeCompany: active ? toMemberCompany(active) : null,
      memberships: memberships.map(toMemberCompany),
    };
  }
}
