import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';

// The edges of shared/guide/STYLE.md are only real if the lint rule fires: these cases lint
// source text as if it lived in a given project and expect the rule to name the violation.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: false }); // the rule reads the cached project graph
  }, 60_000);

  it.each([['@nestjs/common'], ['mongoose'], ['kafkajs'], ['pg']])('keep %s out of domain code', async (driver) => {
    const errors = await boundaryErrors('libs/disputes/domain/src/probe.ts', `import * as x from '${driver}';\nexport const y = x;\n`);
    expect(errors.join('\n')).toContain(`not allowed to import "${driver}"`);
  });

  it('keep one context from importing another context directly', async () => {
    const errors = await boundaryErrors('libs/disputes/domain/src/probe.ts', `import * as x from '@linli/organizations-domain';\nexport const y = x;\n`);
    expect(errors.join('\n')).toMatch(/scope:disputes/);
  });

  it('let domain code use the domain kernel', async () => {
    expect(await boundaryErrors('libs/disputes/domain/src/probe.ts', `import { fold } from '@linli/domain-kernel';\nexport const y = fold;\n`)).toEqual([]);
  });
});
