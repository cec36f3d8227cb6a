import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/policy';
import { add, ctx, img, opt, request } from '@/lib/policy/testing/builders';
import { ChecklistPanel } from './checklist-panel';
import { ChecklistSummaryBar } from './summary-bar';

const evaluation = evaluate(
  ctx(request(add([opt('helm', { ContainerImages: [img('app', 'latest')] })])), {
    attestations: { 'attest-non-root': { by: 'u1', at: '2026-11-21T10:05:00Z' } },
  }),
);

function render(props: Partial<Parameters<typeof ChecklistPanel>[0]> = {}) {
  return renderToStaticMarkup(
    createElement(ChecklistPanel, { evaluation, onFocusField: () => {}, onAttest: () => {}, ...props }),
  );
}

describe('ChecklistPanel markup', () => {
  const html = render({
    attestations: { 'attest-non-root': { byName: 'Ana Ruiz', at: '2026-11-21T10:05:00Z' } },
  });

  it('has a heading, per-section headings with disclosure buttons, and a polite live region', () => {
    expect(html).toMatch(/<h2[^>]*>Checklist<\/h2>/);
    expect(html).toMatch(/<h3[^>]*><button type="button" aria-expanded="true"/);
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>1 check failed, /);
  });

  it('shows each failure as a button with its message and fix, marked by icon and text', () => {
    expect(html).toContain('uses the &#x27;latest&#x27; tag.');
    expect(html).toContain('Fix: Tag each image with its release version');
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"[^>]*>.*?<\/svg><span>Error<\/span>/);
  });

  it('renders manual items as checkboxes and shows who confirmed them', () => {
    expect(html).toContain('type="checkbox"');
    expect(html).toMatch(/Confirmed<\/span><\/span> by Ana Ruiz on 2026-11-21 10:05 UTC/);
  });

  it('disables the checkboxes when read-only', () => {
    const ro = render({ readOnly: true });
    const boxes = ro.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b).toContain('disabled');
  });

  it('shows waiting findings as "To complete", not as failures', () => {
    const waiting = render({ isPending: () => true });
    expect(waiting).not.toContain('Failed: <strong>1');
    expect(waiting).toMatch(/To complete: <strong>1<\/strong>/);
    expect(waiting).toMatch(/<span>To complete<\/span><\/span><span class="font-medium/);
    expect(html).not.toContain('To complete');
  });

  it('names the delivery option a finding is about', () => {
    const named = render({
      optionOf: (path) => (path.includes('DeliveryOptions[0]') ? 'Delivery option 1' : undefined),
    });
    expect(named).toMatch(
      /<span class="font-medium">Delivery option 1: <\/span>[^<]*uses the &#x27;latest&#x27; tag/,
    );
    expect(html).not.toContain('Delivery option 1: ');
  });

  it('starts all-passed sections collapsed', () => {
    expect(html).toMatch(/aria-expanded="false"[^>]*>.*?<span>Version<\/span>/);
  });
});

describe('ChecklistSummaryBar markup (phone width)', () => {
  const bar = renderToStaticMarkup(
    createElement(ChecklistSummaryBar, { evaluation, isPending: () => true, targetId: 'panel' }),
  );
  it('is fixed to the bottom below the lg breakpoint and opens the panel', () => {
    expect(bar).toMatch(/class="fixed inset-x-0 bottom-0[^"]*lg:hidden"/);
    expect(bar).toMatch(/<button type="button" aria-controls="panel"/);
    expect(bar).toContain('1 to complete');
  });
  it('gives the panel an id to open', () => {
    expect(
      renderToStaticMarkup(
        createElement(ChecklistPanel, { evaluation, onFocusField: () => {}, id: 'panel' }),
      ),
    ).toMatch(/^<aside id="panel"/);
  });
});
