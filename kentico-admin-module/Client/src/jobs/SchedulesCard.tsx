import type { EffectiveSettings } from '@bpkc/shared-types';
import { Card, Spacing, Stack, Table } from '@kentico/xperience-admin-components';

import { formatTimestamp, relativeTime } from '../shared/format';
import { column, textCell, withColumnNames } from '../shared/table';
import { everyText, SCHEDULE_TEXT } from './job-words';

const COLUMNS = [
  column('job', 'Scheduled job', { minWidth: 24 }),
  column('every', 'How often'),
  column('last', 'Last run'),
  column('next', 'Next run'),
];

/** Each schedule with its interval, last run and next run (GET /settings/effective). */
export function SchedulesCard({ settings }: { settings: EffectiveSettings }) {
  const rows = (Object.keys(SCHEDULE_TEXT) as Array<keyof typeof SCHEDULE_TEXT>).map((name) => {
    const schedule = settings.schedules[name];
    return {
      identifier: name,
      disabled: false,
      cells: withColumnNames(COLUMNS, [
        textCell(SCHEDULE_TEXT[name]),
        textCell(everyText(schedule)),
        textCell(relativeTime(schedule.lastRunAt), formatTimestamp(schedule.lastRunAt)),
        textCell(
          schedule.nextRunAt ? relativeTime(schedule.nextRunAt) : 'Not scheduled',
          schedule.nextRunAt ? formatTimestamp(schedule.nextRunAt) : undefined,
        ),
      ]),
    };
  });
  return (
    <Card headline="Schedules">
      <Stack spacing={Spacing.M}>
        <span>
          Each runs once per interval even when Brightpearl Connect runs on several servers. Change
          the intervals in Settings.
        </span>
        <Table columns={COLUMNS} rows={rows} />
      </Stack>
    </Card>
  );
}
