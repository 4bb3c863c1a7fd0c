import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { BUILT_IN_SCENARIOS, findBuiltInScenario } from './domain/built-in-scenarios.js';
import { ScenarioDefinition, ScenarioStep } from './domain/scenario.js';
import { TEMPLATE_VARIABLES } from './domain/template.js';
import { validateScenario } from './domain/validate-scenario.js';
import { ScenarioObject, toScenarioObject } from './dtos/scenario.object.js';
import { SaveScenarioInput } from './dtos/save-scenario.input.js';
import { returnedRows } from './message-rows.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ScenarioRow {
  id: string;
  name: string;
  description: string;
  steps: ScenarioStep[];
}

/** Built-ins (in code) and each creditor's own scenarios (table `scenarios`, private to it). */
@Injectable()
export class ScenariosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(creditorSiren: string): Promise<ScenarioObject[]> {
    const own: ScenarioRow[] = await this.dataSource.query(`SELECT id, name, description, steps FROM scenarios WHERE creditor_siren = $1 ORDER BY name, id`, [creditorSiren]);
    return [...BUILT_IN_SCENARIOS.map((scenario) => toScenarioObject(scenario, true, TEMPLATE_VARIABLES)), ...own.map((row) => toScenarioObject(row, false, TEMPLATE_VARIABLES))];
  }

  /** A built-in or one of the creditor's own; another creditor's is not found. */
  async find(creditorSiren: string, id: string): Promise<ScenarioDefinition> {
    const builtIn = findBuiltInScenario(id);
    if (builtIn) return builtIn;
    if (!UUID.test(id)) throw RemindersException.scenarioNotFound();
    const [row] = (await this.dataSource.query(`SELECT id, name, description, steps FROM scenarios WHERE id = $1 AND creditor_siren = $2`, [id, creditorSiren])) as ScenarioRow[];
    if (!row) throw RemindersException.scenarioNotFound();
    return row;
  }

  async save(creditorSiren: string, input: SaveScenarioInput): Promise<ScenarioObject> {
    const steps: ScenarioStep[] = input.steps.map((step) => ({
      offsetDays: step.offsetDays,
      channel: step.channel,
      tone: step.tone,
      subject: step.subject ?? '',
      body: step.body,
      deadlineDays: step.deadlineDays ?? null,
      requiresApproval: step.requiresApproval ?? null,
    }));
    const draft = { name: input.name.trim(), description: (input.description ?? '').trim(), steps };
    const errors = validateScenario(draft);
    if (errors.length > 0) throw RemindersException.invalidScenario(errors);
    const now = this.clock.now();

    if (input.id) {
      if (findBuiltInScenario(input.id)) {
        throw new RemindersException(RemindersExceptionCode.BUILT_IN_SCENARIO_READ_ONLY, 'Un scénario fourni par Bonpayeur ne se modifie pas : enregistrez-en une copie.');
      }
      if (!UUID.test(input.id)) throw RemindersException.scenarioNotFound();
      const updated: unknown = await this.dataSource.query(
        `UPDATE scenarios SET name = $3, description = $4, steps = $5::jsonb, updated_at = $6 WHERE id = $1 AND creditor_siren = $2 RETURNING id, name, description, steps`,
        [input.id, creditorSiren, draft.name, draft.description, JSON.stringify(steps), now],
      );
      const [row] = returnedRows<ScenarioRow>(updated);
      if (!row) throw RemindersException.scenarioNotFound();
      return toScenarioObject(row, false, TEMPLATE_VARIABLES);
    }
    const [row] = (await this.dataSource.query(
      `INSERT INTO scenarios (creditor_siren, name, description, steps, created_at, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $5)
       RETURNING id, name, description, steps`,
      [creditorSiren, draft.name, draft.description, JSON.stringify(steps), now],
    )) as ScenarioRow[];
    return toScenarioObject(row!, false, TEMPLATE_VARIABLES);
  }
}
