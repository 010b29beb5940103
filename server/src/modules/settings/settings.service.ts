import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { validationError } from '../../http/validation.ts';
import { audit, type Actor } from '../audit/index.ts';
import {
  settingDefaults,
  settingEnvNames,
  settingKeys,
  settingSchemas,
  settingsConsistencyProblems,
  type SettingKey,
  type Settings,
} from './domain/settings-definitions.ts';
import { findStoredSettings, upsertSetting } from './settings.repository.ts';

export type SettingView = {
  key: SettingKey;
  value: unknown;
  default: unknown;
  /** The environment variable that overrides the stored value, when it is set. */
  overridden_by: string | null;
  env: string;
};

export type SettingProblemReport = { field: string; code: string; message: string; message_ar: string };

/**
 * A check another module runs before settings are saved (messaging: a company name that would
 * break an approved template). It sees the settings as they would be and the keys that change.
 */
export type SettingsGuard = (after: Settings, changed: SettingKey[]) => Promise<SettingProblemReport[]>;

/**
 * The one way every module reads settings: environment override, else the stored value,
 * else the default. Read from the database each time so that several processes agree.
 */
export class SettingsService {
  private readonly guards: SettingsGuard[] = [];

  constructor(
    private readonly database: Database,
    private readonly overrides: Partial<Settings>,
  ) {}

  addGuard(guard: SettingsGuard) {
    this.guards.push(guard);
  }

  /** `db`: a caller's transaction (the embedded database has one connection, held by it). */
  async all(db: DbOrTx = this.database.db): Promise<Settings> {
    const stored = await findStoredSettings(db);
    const result = { ...settingDefaults } as Record<SettingKey, unknown>;
    for (const key of settingKeys) {
      if (key in this.overrides) result[key] = this.overrides[key];
      else if (stored.has(key)) {
        // A stored value written by an older version that no longer parses falls back to the default.
        const parsed = settingSchemas[key].safeParse(stored.get(key));
        if (parsed.success) result[key] = parsed.data;
      }
    }
    return result as Settings;
  }

  async get<K extends SettingKey>(key: K, db?: DbOrTx): Promise<Settings[K]> {
    return (await this.all(db))[key];
  }

  async describe(): Promise<SettingView[]> {
    const values = await this.all();
    return settingKeys.map((key) => ({
      key,
      value: values[key],
      default: settingDefaults[key],
      overridden_by: key in this.overrides ? settingEnvNames[key] : null,
      env: settingEnvNames[key],
    }));
  }

  async update(actor: Actor, raw: unknown): Promise<SettingView[]> {
    const patchSchema = z.object(settingSchemas).partial().strict();
    const parsed = patchSchema.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const patch = parsed.data as Partial<Settings>;
    const overriddenKeys = (Object.keys(patch) as SettingKey[]).filter((k) => k in this.overrides);
    if (overriddenKeys.length > 0) {
      throw new AppError('setting_set_by_environment', {
        en: `Set by the environment, not editable here: ${overriddenKeys.map((k) => settingEnvNames[k]).join(', ')}.`,
        ar: `قيم محددة بمتغيرات البيئة ولا يمكن تعديلها هنا: ${overriddenKeys.map((k) => settingEnvNames[k]).join('، ')}.`,
      });
    }
    const before = await this.all();
    const after = { ...before, ...patch };
    const problems = settingsConsistencyProblems(after);
    if (problems.length > 0) {
      throw new AppError('validation_failed', {
        errors: problems.map((p) => ({
          field: p.split(' ')[0]!,
          code: 'inconsistent',
          message: p,
          message_ar: 'القيم غير متسقة مع بعضها.',
        })),
      });
    }
    const changedKeys = Object.keys(patch) as SettingKey[];
    const refused = (await Promise.all(this.guards.map((guard) => guard(after, changedKeys)))).flat();
    if (refused.length > 0) throw new AppError('validation_failed', { errors: refused });
    await this.database.db.transaction(async (tx) => {
      for (const key of Object.keys(patch) as SettingKey[]) {
        await upsertSetting(tx, key, patch[key], actor.id);
        await audit(tx, actor, 'settings.update', {
          entity: 'setting',
          id: key,
          before: before[key],
          after: patch[key],
        });
      }
    });
    return this.describe();
  }
}
