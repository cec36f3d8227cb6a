import type { WizardForm } from '../form';
import { buildDetailsDocument } from './details';
import type { StartChangeSetRequest } from '@/lib/policy';

/** The product entity type every Wharf change targets. */
const CONTAINER_PRODUCT_TYPE = 'ContainerProduct@1.0';

/** Change set names are limited to 100 characters of letters, digits, spaces and a few marks. */
function changeSetNameOf(form: WizardForm, productTitle: string): string {
  const verb: Record<WizardForm['changeType'], string> = {
    AddRepositories: 'Add repositories',
    AddDeliveryOptions: `Add version ${form.versionTitle}`,
    UpdateDeliveryOptions: `Update version ${form.versionTitle}`,
    RestrictDeliveryOptions: 'Restrict delivery options',
    UpdateDeliveryOptionsVisibility: 'Release EKS add-on',
  };
  return `${verb[form.changeType]} - ${productTitle}`
    .replace(/[^\w .,:()@+-]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

/** The StartChangeSet request body (DetailsDocument form) for one wizard draft. */
export function buildStartChangeSetRequest(
  form: WizardForm,
  product: { id: string; title: string },
): StartChangeSetRequest {
  const { doc } = buildDetailsDocument(form);
  return {
    Catalog: 'AWSMarketplace',
    ChangeSetName: changeSetNameOf(form, product.title),
    ChangeSet: [
      {
        ChangeType: form.changeType,
        Entity: { Type: CONTAINER_PRODUCT_TYPE, Identifier: product.id },
        DetailsDocument: doc,
      },
    ],
  };
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A copy-ready `aws marketplace-catalog start-change-set` command. It uses the legacy `Details`
 * string (DetailsDocument is not accepted in --change-set shorthand by every CLI version).
 */
export function buildCliCommand(request: StartChangeSetRequest): string {
  const changeSet = request.ChangeSet.map((c) => ({
    ChangeType: c.ChangeType,
    Entity: c.Entity,
    Details: JSON.stringify(c.DetailsDocument),
    ...(c.ChangeName ? { ChangeName: c.ChangeName } : {}),
  }));
  return [
    'aws marketplace-catalog start-change-set \\',
    '  --catalog AWSMarketplace \\',
    ...(request.ChangeSetName ? [`  --change-set-name ${shellQuote(request.ChangeSetName)} \\`] : []),
    `  --change-set ${shellQuote(JSON.stringify(changeSet))} \\`,
    '  --region us-east-1',
  ].join('\n');
}
