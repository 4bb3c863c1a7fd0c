import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { PlannedTask } from './domain/plan-run.js';
import { ReminderTaskObject } from './dtos/tasks.dto.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TASKS = 200;
const MAX_NOTE = 2_000;

interface TaskRow {
  id: string;
  run_id: string;
  invoice_id: string;
  invoice_number: string;
  debtor_name: string;
  contact_phone: string | null;
  tone: string;
  note: string;
  due_at: Date;
  status: string;
  outcome_note: string | null;
  closed_at: Date | null;
}

const SELECT = `
  SELECT t.id, t.run_id, t.invoice_id, i.number AS invoice_number, d.name AS debtor_name, c.phone AS contact_phone,
         t.tone, t.note, t.due_at, t.status, t.outcome_note, t.closed_at
    FROM reminder_tasks t
    JOIN invoices i ON i.id = t.invoice_id
    JOIN companies d ON d.siren = i.debtor_siren
    LEFT JOIN contacts c ON c.id = i.contact_id`;

/** Call tasks of runs: written with the run, closed by hand, withdrawn when the run ends early. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Inside applyScenario's transaction. SKIPPED steps (long past at apply) make no task. */
  async insertForRun(manager: EntityManager, run: { id: string; invoiceId: string; creditorSiren: string; assigneeUserId: string }, tasks: readonly PlannedTask[], now: Date): Promise<void> {
    for (const task of tasks.filter((t) => t.status === 'OPEN')) {
      await manager.query(
        `INSERT INTO reminder_tasks (run_id, invoice_id, creditor_siren, step_index, tone, note, due_at, assignee_user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [run.id, run.invoiceId, run.creditorSiren, task.stepIndex, task.tone, task.note, task.dueAt, run.assigneeUserId, now],
      );
    }
  }

  /** A run stopped, or its invoice paid or cancelled: its open tasks no longer make sense. */
  async cancelOpen(manager: EntityManager, where: { runId: string } | { invoiceId: string }, reason: string): Promise<void> {
    const [column, value] = 'runId' in where ? ['run_id', where.runId] : ['invoice_id', where.invoiceId];
    await manager.query(`UPDATE reminder_tasks SET status = 'CANCELLED', cancel_reason = $2, updated_at = $3 WHERE ${column} = $1 AND status = 'OPEN'`, [value, reason, this.clock.now()]);
  }

  /** The actor's open tasks for the active company, soonest first. */
  async mine(creditorSiren: string, userId: string): Promise<ReminderTaskObject[]> {
    const rows: TaskRow[] = await this.dataSource.query(
      `${SELECT} WHERE t.assignee_user_id = $1 AND t.creditor_siren = $2 AND t.status = 'OPEN' ORDER BY t.due_at, t.id LIMIT ${MAX_TASKS}`,
      [userId, creditorSiren],
    );
    return rows.map(toTaskObject);
  }

  async complete(creditorSiren: string, userId: string, taskId: string, outcome: 'DONE' | 'SKIPPED', note: string | null): Promise<ReminderTaskObject> {
    if (!UUID.test(taskId)) throw this.notFound();
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > MAX_NOTE) {
      throw new RemindersException(RemindersExceptionCode.TASK_NOTE_TOO_LONG, `La note fait au plus ${MAX_NOTE} caractères.`, { field: 'note' });
    }
    const now = this.clock.now();
    const updated = (await this.dataSource.query(
      `UPDATE reminder_tasks SET status = $3, outcome_note = $4, closed_by = $5, closed_at = $6, updated_at = $6
        WHERE id = $1 AND creditor_siren = $2 AND status = 'OPEN' RETURNING id`,
      [taskId, creditorSiren, outcome, trimmed, userId, now],
    )) as unknown;
    const rows = Array.isArray(updated) && Array.isArray(updated[0]) ? (updated[0] as unknown[]) : (updated as unknown[]);
    if (rows.length === 0) {
      const exists = (await this.dataSource.query(`SELECT 1 FROM reminder_tasks WHERE id = $1 AND creditor_siren = $2`, [taskId, creditorSiren])) as unknown[];
      if (exists.length === 0) throw this.notFound();
      throw new RemindersException(RemindersExceptionCode.TASK_NOT_OPEN, 'Cette tâche est déjà close ou annulée.');
    }
    const [row] = (await this.dataSource.query(`${SELECT} WHERE t.id = $1`, [taskId])) as TaskRow[];
    return toTaskObject(row!);
  }

  private notFound(): RemindersException {
    return new RemindersException(RemindersExceptionCode.TASK_NOT_FOUND, 'Tâche introuvable.');
  }
}

function toTaskObject(row: TaskRow): ReminderTaskObject {
  return {
    id: row.id,
    runId: row.run_id,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number,
    debtorName: row.debtor_name,
    contactPhone: row.contact_phone,
    tone: row.tone,
    note: row.note,
    dueAt: row.due_at,
    status: row.status,
    outcomeNote: row.outcome_note,
    closedAt: row.closed_at,
  };
}
