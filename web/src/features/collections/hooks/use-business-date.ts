import { useState } from 'react';
import { useSettingValue } from '../../settings/api/settings';
import { todayIn } from '../api/dates';

/** Today in the installation's time zone, and the date the page shows (today until changed). */
export function useBusinessDate() {
  const timeZone = useSettingValue('timezone');
  const today = todayIn(timeZone);
  const [picked, setPicked] = useState<string | null>(null);
  return { today, date: picked ?? today, setDate: setPicked, timeZone };
}
