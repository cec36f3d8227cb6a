import { withApiPermission } from '@/lib/auth/api';
import { getDb } from '@/lib/db/runtime';
import { AppError } from '@/lib/errors';
import { summaryFilename } from '@/lib/reviews/summary-file';
import { renderSummaryMarkdown } from '@/lib/reviews/summary-markdown';
import { loadComplianceSummary } from '@/lib/server/drafts/summary-data';

/**
 * The compliance summary of a draft's current revision as a download: `?format=md` (Markdown) or
 * `?format=json` (the default). Who asked and when are the session's and the server's.
 */
export const GET = withApiPermission(
  'console:read',
  async (req, user, ctx: { params: Promise<{ id: string }> }) => {
    const format = new URL(req.url).searchParams.get('format') ?? 'json';
    if (format !== 'md' && format !== 'json')
      throw new AppError('INVALID_INPUT', 'Choose format=md or format=json.');
    const { id } = await ctx.params;
    const summary = await loadComplianceSummary(getDb(), id, user);
    if (!summary) throw new AppError('NOT_FOUND', 'That draft no longer exists.');
    const body = format === 'md' ? renderSummaryMarkdown(summary) : `${JSON.stringify(summary, null, 2)}\n`;
    return new Response(body, {
      headers: {
        'content-type': format === 'md' ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${summaryFilename(summary.draft, format)}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  },
);
