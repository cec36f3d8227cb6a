import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';
import { getDb, getDbHandle } from '@/lib/db/runtime';
import { getCatalogInfo } from '@/lib/catalog/info';
import { PageHeader } from '@/components/shell/page-header';
import { Container, Header, KeyValuePairs, StatusIndicator } from '@/components/ui';
import { ApprovalPolicyForm } from '@/components/reviews/approval-policy-form';
import { can } from '@/lib/roles';
import { loadApprovalPolicy } from '@/lib/server/drafts/review-states';
import { NotificationSettings } from './_components/notification-settings';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const e = env();
  const policy = await loadApprovalPolicy(getDb());
  const db = getDbHandle();
  const catalog = await getCatalogInfo();
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Administration' }, { text: 'Settings' }]}
        title="Settings"
        description="Where this console sends Catalog API calls and keeps its data. These come from the server's environment (see README and .env.example)."
      />
      <div className="space-y-5">
        <Container header={<Header variant="h2">Catalog API</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              {
                label: 'Target',
                value:
                  catalog.mode === 'local'
                    ? 'Local Catalog API service (no AWS account needed)'
                    : 'AWS Marketplace Catalog API',
              },
              { label: 'Endpoint', value: <code className="break-all">{catalog.endpoint}</code> },
              { label: 'Region', value: catalog.region },
              { label: 'Seller account', value: catalog.accountId ?? 'Not known yet' },
              {
                label: 'Status',
                value: catalog.reachable ? (
                  <StatusIndicator type="success">Reachable</StatusIndicator>
                ) : (
                  <StatusIndicator type="error">Cannot be reached</StatusIndicator>
                ),
              },
              {
                label: 'Credentials',
                value:
                  catalog.mode === 'local'
                    ? 'None (the local service ignores signatures)'
                    : 'AWS SDK default provider chain',
              },
            ]}
          />
        </Container>
        <Container header={<Header variant="h2">Database</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              {
                label: 'Engine',
                value: db.kind === 'pglite' ? 'Embedded PostgreSQL (PGlite)' : 'PostgreSQL server',
              },
              { label: 'Location', value: <code className="break-all">{db.location}</code> },
              {
                label: 'Instances',
                value:
                  db.kind === 'pglite'
                    ? 'One console process (single writer)'
                    : 'Any number of console instances',
              },
            ]}
          />
        </Container>
        <Container header={<Header variant="h2">Approval policy</Header>}>
          <ApprovalPolicyForm initial={policy} canEdit={can(user.roles, 'settings:edit')} />
        </Container>
        <NotificationSettings />
        <Container header={<Header variant="h2">Sign-in</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Local accounts', value: 'Enabled (managed under Users and roles)' },
              {
                label: 'Single sign-on',
                value: e.oidcEnabled ? `OpenID Connect: ${e.OIDC_ISSUER}` : 'Not configured',
              },
              { label: 'Demo accounts', value: e.demoAccounts ? 'Listed on the sign-in page' : 'Hidden' },
            ]}
          />
        </Container>
      </div>
    </>
  );
}
