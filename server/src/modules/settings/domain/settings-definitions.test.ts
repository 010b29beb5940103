import { describe, expect, it } from 'vitest';
import { parseSettingOverrides, settingDefaults } from './settings-definitions.ts';

describe('parseSettingOverrides', () => {
  it.each([
    [
      'calling window always',
      { TAWASUL_CALLING_WINDOW: '00:00-24:00' },
      { calling_window: { start: '00:00', end: '24:00' } },
    ],
    [
      'calling window with spaces',
      { TAWASUL_CALLING_WINDOW: '08:30 - 20:00' },
      { calling_window: { start: '08:30', end: '20:00' } },
    ],
    ['no weekend', { TAWASUL_WEEKEND: 'none' }, { weekend: [] }],
    ['weekend in capitals', { TAWASUL_WEEKEND: 'FRI,Sat' }, { weekend: ['fri', 'sat'] }],
    ['company name in Arabic', { TAWASUL_COMPANY_NAME: 'شركة الأمل' }, { company_name: 'شركة الأمل' }],
    [
      'holidays as a date list',
      { TAWASUL_HOLIDAYS: '2026-12-02,2026-12-03' },
      {
        holidays: [
          { date: '2026-12-02', name: '' },
          { date: '2026-12-03', name: '' },
        ],
      },
    ],
    ['tier threshold', { TAWASUL_TIER1_ABOVE: '5000' }, { tier1_above: 5000 }],
    ['retry delay (L3)', { TAWASUL_RETRY_DELAY_MINUTES: '45' }, { retry_delay_minutes: 45 }],
    ['attempts a day (L3)', { TAWASUL_MAX_ATTEMPTS_PER_DAY: '5' }, { max_attempts_per_day: 5 }],
    ['daily run time', { TAWASUL_DAILY_RUN_TIME: '08:30' }, { daily_run_time: '08:30' }],
    ['unrelated variables are ignored', { PATH: '/usr/bin', TAWASUL_SOMETHING: 'x' }, {}],
  ])('%s', (_name, env, overrides) => {
    const result = parseSettingOverrides(env);
    expect(result.problems).toEqual([]);
    expect(result.overrides).toEqual(overrides);
  });

  it.each([
    ['window end before start', { TAWASUL_CALLING_WINDOW: '21:00-09:00' }],
    ['window not a time', { TAWASUL_CALLING_WINDOW: 'morning' }],
    ['hour 25', { TAWASUL_CALLING_WINDOW: '09:00-25:00' }],
    ['unknown weekday', { TAWASUL_WEEKEND: 'fri,funday' }],
    ['unknown time zone', { TAWASUL_TIMEZONE: 'Mars/Olympus' }],
    ['unknown currency', { TAWASUL_CURRENCY: 'XYZ' }],
    ['impossible holiday date', { TAWASUL_HOLIDAYS: '2026-02-30' }],
    ['sender with markup', { TAWASUL_SMS_SENDER: '<b>x</b>' }],
    ['sender too long for SMS', { TAWASUL_SMS_SENDER: 'ABCDEFGHIJKLMNOPQ' }],
    ['negative tier', { TAWASUL_TIER2_FROM: '-1' }],
    ['a number that is not one', { TAWASUL_REMINDER_DAYS_BEFORE: 'five' }],
    ['a retry delay under five minutes', { TAWASUL_RETRY_DELAY_MINUTES: '1' }],
    ['no attempts at all', { TAWASUL_MAX_ATTEMPTS_PER_DAY: '0' }],
    ['a run time of 24:00', { TAWASUL_DAILY_RUN_TIME: '24:00' }],
  ])('reports a problem for %s', (_name, env) => {
    const result = parseSettingOverrides(env);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.env).toBe(Object.keys(env)[0]);
  });

  it('has defaults matching the SPEC', () => {
    expect(settingDefaults).toMatchObject({
      timezone: 'Asia/Riyadh',
      currency: 'SAR',
      weekend: ['fri', 'sat'],
      calling_window: { start: '09:00', end: '21:00' },
      reminder_days_before: 5,
      followup_days_after: 1,
      tier1_above: 3000,
      tier2_from: 1000,
      retry_delay_minutes: 120,
      max_attempts_per_day: 3,
      daily_run_time: '09:00',
    });
  });
});
