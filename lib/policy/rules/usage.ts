import { ADD_UPDATE, type OptionRule } from '../rule';

/* Keyword heuristics for what seed 000 §19 asks the usage instructions to cover. They can only notice
   an absence, so they warn; a link to fuller documentation still satisfies a reviewer. */
const TOPICS = {
  deployment:
    /\b(helm\s+(install|upgrade\s+--install)|kubectl\s+apply|docker\s+run|aws\s+ecs|eksctl|deploy\w*|install(ation|ing)?)\b/i,
  'monitoring and health checks':
    /\b(health\w*|readiness|liveness|monitor\w*|logs?|metrics|kubectl\s+(get|describe)|status)\b/i,
  upgrade: /\b(upgrad\w*)\b/i,
  rollback: /\b(roll\s?-?back\w*|revert\w*)\b/i,
  backup: /\b(back\s?-?ups?|restore\w*)\b/i,
  uninstall: /\b(uninstall\w*|helm\s+delete|kubectl\s+delete|tear\s?down|clean\s?-?up)\b/i,
  support: /\b(support|contact|troubleshoot\w*|help\s?desk)\b/i,
} as const;
type Topic = keyof typeof TOPICS;

const memo = new Map<string, Set<Topic>>();
/** Topics the text covers; memoised because the live panel re-checks unchanged text on each keystroke. */
function covered(text: string): Set<Topic> {
  let hit = memo.get(text);
  if (hit) return hit;
  hit = new Set((Object.keys(TOPICS) as Topic[]).filter((t) => TOPICS[t].test(text)));
  if (memo.size > 256) memo.clear();
  memo.set(text, hit);
  return hit;
}

function topicRule(id: string, title: string, document: string, topics: Topic[], fix: string): OptionRule {
  return {
    id,
    title,
    section: 'Usage instructions',
    severity: 'warning',
    source: { document },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: 'all',
    field: 'DeliveryOptions[].Details.*.UsageInstructions',
    fix,
    check(o, _ix, report) {
      const text = o.d.UsageInstructions;
      if (typeof text !== 'string' || text.trim() === '') return false;
      const have = covered(text);
      const missing = topics.filter((t) => !have.has(t));
      if (missing.length)
        report(
          `${o.dPath}.UsageInstructions`,
          `The usage instructions do not seem to cover ${missing.join(', ')}.`,
        );
    },
  };
}

const SET_FLAG = /(^|\s)--set(-string|-file|-json)?[\s=]/;
const VALUES_FILE = /(\s-f\s+\S|--values[\s=]|values\.ya?ml)/i;

/** Content of usage instructions (seed 000 §6, §8.2, §11–§13, §18, §19). */
export const USAGE_RULES: OptionRule[] = [
  topicRule(
    'usage-deploy-monitor',
    'Usage instructions cover deployment and monitoring checks',
    '000 §6, §11, §19',
    ['deployment', 'monitoring and health checks'],
    'Give the deployment commands and how to check pod health, service status and logs.',
  ),
  topicRule(
    'usage-lifecycle-support',
    'Usage instructions cover upgrade, rollback, backup, uninstall and support',
    '000 §12, §13, §18, §19',
    ['upgrade', 'rollback', 'backup', 'uninstall', 'support'],
    'Add short sections on upgrading, rolling back, backing up, uninstalling and getting support (or link to them).',
  ),
  {
    id: 'usage-no-set-primary',
    title: 'Configuration is through values.yaml, not --set',
    section: 'Usage instructions',
    severity: 'warning',
    source: { document: '000 §8.2' },
    scope: 'option',
    changeTypes: ADD_UPDATE,
    methods: ['helm', 'eks-addon'],
    field: 'DeliveryOptions[].Details.*.UsageInstructions',
    fix: 'Show buyers a values.yaml file and `helm install … -f values.yaml` instead of --set flags.',
    check(o, _ix, report) {
      const text = o.d.UsageInstructions;
      if (typeof text !== 'string') return false;
      if (text.includes('--set') && SET_FLAG.test(text) && !VALUES_FILE.test(text))
        report(
          `${o.dPath}.UsageInstructions`,
          'The instructions configure the chart with --set and never with a values file.',
        );
    },
  },
];
