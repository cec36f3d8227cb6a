import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth/page';
import { CODE_TABLE } from '@/lib/draft/codes/registry';
import { RULES, type RuleMeta } from '@/lib/policy';
import { CHART_RULES } from '@/lib/chart/rules';
import { PageHeader } from '@/components/shell/page-header';
import { Badge, Container, Header } from '@/components/ui';
import { RulesTable } from './_components/rules-table';
import { CodesTable } from './_components/codes-table';
import { plural } from '@/lib/plural';

export const metadata: Metadata = { title: 'Policy rules' };

export default async function RulesPage() {
  await requirePageUser();
  const rules: RuleMeta[] = [...RULES, ...CHART_RULES];
  const bySeverity = (s: RuleMeta['severity']) => rules.filter((r) => r.severity === s).length;
  const decidable = CODE_TABLE.filter((c) => c.status !== 'not-decidable').length;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Reference' }, { text: 'Policy rules' }]}
        title="Policy rules"
        description="Every check the live checklist, the submission gate and `npx wharf check` run, with where it comes from, and every asynchronous error code of the Catalog API guide with how Wharf covers it."
      />
      <div className="space-y-5">
        <Container>
          <div className="flex flex-wrap gap-3 text-sm">
            <Badge color="blue">{rules.length} rules</Badge>
            <Badge color="red">{bySeverity('error')} block submission</Badge>
            <Badge color="amber">{plural(bySeverity('warning'), 'warning')}</Badge>
            <Badge color="grey">{bySeverity('manual')} attestations</Badge>
            <Badge color="green">
              {decidable} of {CODE_TABLE.length} AWS error codes caught before submission
            </Badge>
          </div>
        </Container>
        <Container
          header={
            <Header variant="h2" counter={`(${rules.length})`}>
              Rules
            </Header>
          }
          disableContentPaddings
        >
          <RulesTable rules={rules} />
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              counter={`(${CODE_TABLE.length})`}
              description="From seed 001, the Catalog API guide for container products."
            >
              AWS asynchronous error codes
            </Header>
          }
          disableContentPaddings
        >
          <CodesTable codes={CODE_TABLE} />
        </Container>
      </div>
    </>
  );
}
