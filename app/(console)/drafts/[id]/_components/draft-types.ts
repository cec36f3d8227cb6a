import type { VersionView } from '@/lib/catalog/types';
import type { ProductSnapshot } from '@/lib/policy';
import type { WizardForm } from '@/lib/draft/form';
import type { StoredCharts } from '@/lib/draft/charts';
import type { ApprovalPolicy } from '@/lib/reviews/approval-policy';
import type { ReviewState } from '@/lib/reviews/state';
import type { OptionTemplate } from '@/components/wizard/steps/options-step';

/** What the server page hands the wizard (plain data only). */
export interface DraftWizardProps {
  draft: {
    id: string;
    revision: number;
    updatedAt: string;
    status: string;
    changeType: WizardForm['changeType'];
    attestations: Record<string, { by: string; byName?: string; at: string }>;
    charts?: StoredCharts;
  };
  form: WizardForm;
  product: {
    id: string;
    title: string;
    visibility: string;
    registryPrefix: string;
    repositoryUrls: string[];
    versions: VersionView[];
    /** Earlier delivery options, as form state, to start a new one from. */
    templates: OptionTemplate[];
  };
  snapshot?: ProductSnapshot;
  user: { name: string; canEdit: boolean; canSubmit: boolean };
  initialStep?: string;
  focus?: string;
  awsError?: string;
  awsErrorAdvice?: string;
  submittedChangeSetId?: string;
  /** The review state the server computed for the stored revision, and the approval policy. */
  review: { state: ReviewState; policy: ApprovalPolicy };
}
