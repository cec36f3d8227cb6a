'use client';

import { Checkbox, Container, FormField, Input, Select, Textarea, Toggle } from '@/components/ui';

export function FormDemo() {
  return (
    <Container
      header="Form fields"
      description="Fields pick up id, aria-describedby and aria-invalid from FormField."
    >
      <div className="grid gap-5 md:grid-cols-2">
        <FormField
          label="Product title"
          htmlFor="title"
          description="Shown to buyers on the listing."
          constraint="Up to 72 characters."
        >
          <Input placeholder="e.g. Wharf Agent" defaultValue="Wharf Agent" />
        </FormField>
        <FormField
          label="Version title"
          id="version"
          error="Enter a version title such as 1.4.0."
          info={<a href="#">Info</a>}
        >
          <Input defaultValue="latest" />
        </FormField>
        <FormField label="Delivery method" htmlFor="method">
          <Select
            placeholder="Choose a delivery method"
            options={[
              { value: 'ecr', label: 'Container image' },
              { value: 'helm', label: 'Helm chart' },
              { value: 'eks-addon', label: 'Amazon EKS add-on' },
            ]}
          />
        </FormField>
        <FormField label="Disabled" htmlFor="disabled">
          <Input disabled defaultValue="Can't touch this" />
        </FormField>
        <FormField
          label="Release notes"
          htmlFor="notes"
          constraint="Markdown is allowed."
          className="md:col-span-2"
        >
          <Textarea placeholder="What changed in this version" />
        </FormField>
        <div className="flex flex-col gap-3">
          <Checkbox
            label="Restrict older versions"
            description="Buyers can no longer launch them."
            defaultChecked
          />
          <Checkbox label="Invalid checkbox" invalid />
          <Checkbox label="Disabled checkbox" disabled />
        </div>
        <div className="flex flex-col gap-3">
          <Toggle label="Limited visibility" defaultChecked />
          <Toggle label="Send notifications" description="Email the team when a change set ends." />
          <Toggle label="Disabled toggle" disabled />
        </div>
      </div>
    </Container>
  );
}
