// The mailbox poll interval (TAWASUL_IMAP_POLL_SECONDS, 10–3600) on a minute-grained scheduler:
// under a minute, one scheduled tick polls several times, the interval apart; from a minute up,
// the cron fires every whole number of minutes (or hours) nearest the interval.

export type PollSchedule = { cron: string; pollsPerTick: number; intervalMs: number };

export function pollScheduleOf(seconds: number): PollSchedule {
  if (seconds < 60) {
    return { cron: '* * * * *', pollsPerTick: Math.max(1, Math.floor(60 / seconds)), intervalMs: seconds * 1000 };
  }
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) {
    return {
      cron: minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`,
      pollsPerTick: 1,
      intervalMs: minutes * 60_000,
    };
  }
  const hours = Math.min(24, Math.round(minutes / 60));
  return { cron: hours === 1 ? '0 * * * *' : `0 */${hours} * * *`, pollsPerTick: 1, intervalMs: hours * 3_600_000 };
}
