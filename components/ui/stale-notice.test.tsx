import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { StaleNotice } from './stale-notice';

it('says the Catalog API did not answer in time and when Wharf last saw the data', () => {
  const html = renderToStaticMarkup(<StaleNotice reason="timeout" seenAt="2026-12-02T12:00:00.000Z" />);
  expect(html).toContain('The Catalog API did not answer in time; showing what Wharf last saw');
  expect(html).toContain('dateTime="2026-12-02T12:00:00.000Z"');
});

it('calls a throttled API busy, not unreachable', () => {
  const html = renderToStaticMarkup(<StaleNotice reason="throttled" seenAt={null} />);
  expect(html).toContain('busy');
  expect(html).not.toContain('cannot be reached');
});
