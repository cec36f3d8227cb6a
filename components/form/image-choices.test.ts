import { describe, expect, it } from 'vitest';
import { imageChoices } from './image-choices';

const REPO = '111122223333.dkr.ecr.us-east-1.amazonaws.com/seller/app';
const tag = (t: string) => ({ tag: t, imageUri: `${REPO}:${t}`, vulnerable: false, pushedAt: '' });
const repos = [{ url: REPO, name: 'app', tags: [tag('1.4.0'), tag('chart-0.1.0')] }];

describe('imageChoices', () => {
  it('leaves out tags the draft uses as a Helm chart, and counts them', () => {
    const [r] = imageChoices(repos, [` ${REPO}:chart-0.1.0 `, '']);
    expect(r!.tags.map((t) => t.tag)).toEqual(['1.4.0']);
    expect(r!.chartTags).toBe(1);
  });
  it('offers every tag when no option names a chart', () => {
    expect(imageChoices(repos, [])[0]!.tags).toHaveLength(2);
  });
});
