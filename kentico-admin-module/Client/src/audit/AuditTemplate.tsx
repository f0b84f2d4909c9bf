import {
  Input,
  MenuItem,
  Pagination,
  Select,
  Spacing,
  Stack,
  Table,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import type { AuditFilters } from '../api/jobs-api';
import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { countOf } from '../shared/format';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { AUDIT_COLUMNS, auditRows } from './audit-rows';
import { ACTION_TEXT, TARGET_KIND_TEXT } from './audit-words';

const PAGE_SIZE = 25;
const REFRESH_MS = 15_000;

type TargetKind = keyof typeof TARGET_KIND_TEXT;

function AuditScreen() {
  const { api } = useAdminSession();
  const [action, setAction] = useState<string | undefined>();
  const [targetKind, setTargetKind] = useState<TargetKind | undefined>();
  const [who, setWho] = useState('');
  const [page, setPage] = useState(1);
  const filters: AuditFilters = {
    action,
    targetKind,
    who: who.trim() || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const audit = useApiData(() => api.audit(filters), [api, action, targetKind, filters.who, page], {
    refreshMs: REFRESH_MS,
  });
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={audit.loading} onRefresh={audit.reload}>
        <Input
          label="Who"
          placeholder="Name or user id"
          value={who}
          onChange={(event) => (setWho(event.target.value), setPage(1))}
        />
        <Select
          label="Action"
          placeholder="All actions"
          clearable
          clearButtonTooltip="All actions"
          value={action}
          onChange={(value) => (setAction(value || undefined), setPage(1))}
        >
          {Object.entries(ACTION_TEXT).map(([value, label]) => (
            <MenuItem key={value} value={value} primaryLabel={label} />
          ))}
        </Select>
        <Select
          label="Record"
          placeholder="All records"
          clearable
          clearButtonTooltip="All records"
          value={targetKind}
          onChange={(value) => (setTargetKind((value as TargetKind) || undefined), setPage(1))}
        >
          {Object.entries(TARGET_KIND_TEXT).map(([value, label]) => (
            <MenuItem key={value} value={value} primaryLabel={label} />
          ))}
        </Select>
      </Toolbar>
      <LoadState what="the audit log" {...audit}>
        {(data) =>
          data.total === 0 ? (
            <EmptyCallout headline="Nothing recorded yet">
              {action || targetKind || filters.who
                ? 'No action matches these filters.'
                : 'Replays, resends, approvals, mapping and settings changes and started jobs appear here, with who did them and when.'}
            </EmptyCallout>
          ) : (
            <Stack spacing={Spacing.L}>
              <span role="status">{countOf(data.total, 'action')} recorded</span>
              <Table columns={AUDIT_COLUMNS} rows={auditRows(data.items)} />
              <Pagination
                selectedPage={page}
                totalPages={Math.max(1, Math.ceil(data.total / PAGE_SIZE))}
                onPageChange={setPage}
              />
            </Stack>
          )
        }
      </LoadState>
    </Stack>
  );
}

/** Audit: who did what to which record, and when; filtered by person, action and kind of record. */
export const AuditTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Audit">
    <AuditScreen />
  </AdminPage>
);
