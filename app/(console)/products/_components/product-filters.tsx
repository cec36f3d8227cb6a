import { Button, Input, Select } from '@/components/ui';
import { SearchIcon } from '@/components/ui/icons';

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function ProductFilters({
  q,
  visibility,
  visibilities,
}: {
  q: string;
  visibility: string;
  visibilities: readonly string[];
}) {
  return (
    <form role="search" action="/products" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-64 flex-1 flex-col gap-1">
        <span className="font-bold">Search by title</span>
        <Input type="search" name="q" defaultValue={q} placeholder="e.g. ClairAI" />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-bold">Visibility</span>
        <Select
          name="visibility"
          defaultValue={visibility}
          options={[
            { value: '', label: 'Any visibility' },
            ...visibilities.map((v) => ({ value: v, label: v })),
          ]}
        />
      </label>
      <Button type="submit" variant="normal">
        <SearchIcon /> Search
      </Button>
    </form>
  );
}
