import { CodeBlock, ExpandableSection } from '@/components/ui';

/** docker and helm push commands for one Marketplace ECR repository. */
export function PushCommands({ url }: { url: string }) {
  const registry = url.split('/')[0] ?? url;
  const name = url.split('/').pop() ?? 'chart';
  const parent = url.slice(0, url.lastIndexOf('/'));
  const login = `aws ecr get-login-password --region us-east-1`;
  const docker = [
    `${login} | docker login --username AWS --password-stdin ${registry}`,
    `docker tag my-image:1.0.0 ${url}:1.0.0`,
    `docker push ${url}:1.0.0`,
  ].join('\n');
  const helm = [
    `${login} | helm registry login --username AWS --password-stdin ${registry}`,
    `# The chart's name must be "${name}": helm appends it to the path you push to.`,
    `helm package ./${name}    # → ${name}-1.0.0.tgz`,
    `helm push ${name}-1.0.0.tgz oci://${parent}`,
  ].join('\n');
  return (
    <ExpandableSection header={`Push commands for ${name}`}>
      <div className="flex flex-col gap-3">
        <div>
          <div className="mb-1 text-sm font-bold">Docker image</div>
          <CodeBlock code={docker} language="bash" copyLabel={`Copy docker commands for ${name}`} />
        </div>
        <div>
          <div className="mb-1 text-sm font-bold">Helm chart</div>
          <CodeBlock code={helm} language="bash" copyLabel={`Copy helm commands for ${name}`} />
        </div>
      </div>
    </ExpandableSection>
  );
}
