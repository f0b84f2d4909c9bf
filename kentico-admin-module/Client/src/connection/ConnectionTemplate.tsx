import {
  Card,
  Cols,
  Column,
  Row,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { HealthStatus } from '../shared/HealthStatus';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { BrightpearlAccountCard } from './BrightpearlAccountCard';
import { ConnectionTestCard } from './ConnectionTestCard';
import { MappingCheckCard } from './MappingCheckCard';
import { WebhooksCard } from './WebhooksCard';

function ConnectionScreen() {
  const { api, canEdit } = useAdminSession();
  const connection = useApiData(() => api.connection(), [api]);
  // The OAuth status is optional: a companion without OAuth answers 404, the screen goes on.
  const oauth = useApiData(() => api.oauthStatus().catch(() => null), [api]);
  const reload = () => (connection.reload(), oauth.reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={connection.loading} onRefresh={reload} />
      {!canEdit && (
        <ViewOnlyNote what="the connection and test it" cannot="connect or register webhooks" />
      )}
      <LoadState what="the connection" {...connection}>
        {(data) => (
          <Row spacing={Spacing.L}>
            <Column cols={Cols.Col12} colsMd={Cols.Col6}>
              <Stack spacing={Spacing.L}>
                <BrightpearlAccountCard connection={data.brightpearl} oauth={oauth.data} />
                <Card headline="Kentico bridge">
                  <Stack spacing={Spacing.M}>
                    <HealthStatus health={data.kentico.health} />
                    <TextWithLabel label="Bridge address" value={data.kentico.bridgeUrl} />
                  </Stack>
                </Card>
              </Stack>
            </Column>
            <Column cols={Cols.Col12} colsMd={Cols.Col6}>
              <Stack spacing={Spacing.L}>
                <ConnectionTestCard />
                {data.mappingCheck && (
                  <MappingCheckCard
                    key={data.mappingCheck.checkedAt ?? 'never'}
                    check={data.mappingCheck}
                  />
                )}
                <WebhooksCard
                  key={data.webhooks.checkedAt ?? 'never'}
                  webhooks={data.webhooks}
                  onChanged={connection.reload}
                />
              </Stack>
            </Column>
          </Row>
        )}
      </LoadState>
    </Stack>
  );
}

/** Connection: Brightpearl account and environment, connect, webhooks, test connection. */
export const ConnectionTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Connection">
    <ConnectionScreen />
  </AdminPage>
);
