import { it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { readCorpus } from '@/lib/testing/corpus';
import { generateCode } from '@/lib/codegen/generateCode';
import { LANGUAGES } from '@/lib/codegen/languages';

it('proto', async () => {
  const parser = createParser();
  for (const p of ['parser/circular-refs.yaml', 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'spec-examples/2.6.0/streetlights-kafka.yml']) {
    const { document, diagnostics } = await parser.parse(readCorpus(p));
    if (!document) throw new Error(JSON.stringify(diagnostics));
    for (const l of LANGUAGES) {
      const r = await generateCode(document, l.id, l.defaults);
      if (!r.ok) { console.log(p, l.id, r.message); continue; }
      console.log(p, l.id, r.files.map((f) => f.path).join(' '), r.warnings);
      if (p.includes('circular')) console.log(r.files[0]?.content, r.files[1]?.content);
    }
  }
});
