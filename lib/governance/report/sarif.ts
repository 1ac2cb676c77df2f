import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic';
import { catalogueRule } from '../catalogue';
import { severityName } from '../severity';
import { TOOL_NAME, fileOf, ordered } from './reportInput';
import type { CustomRuleInfo, ReportInput } from './reportInput';

/* SARIF 2.1.0 (OASIS), the format code-scanning services read. Only the parts the studio fills are typed. */

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel; enabled?: boolean };
  properties?: Record<string, unknown>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string; index: number };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  properties: { source: string; severity: Severity };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version?: string; rules: SarifReportingDescriptor[] } };
    originalUriBaseIds: Record<string, { description: SarifMessage }>;
    artifacts: Array<{ location: { uri: string; uriBaseId: string } }>;
    results: SarifResult[];
    properties?: Record<string, unknown>;
  }>;
}

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A workspace path as a relative URI reference (each segment percent-encoded). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function descriptorOf(code: string, diagnostic: Diagnostic, custom: ReadonlyMap<string, CustomRuleInfo>): SarifReportingDescriptor {
  const rule = catalogueRule(code);
  const rulesetRule = custom.get(code);
  if (rulesetRule && diagnostic.source === 'custom') {
    return {
      id: code,
      shortDescription: { text: rulesetRule.description || code },
      ...(rulesetRule.documentationUrl ? { helpUri: rulesetRule.documentationUrl } : {}),
      defaultConfiguration: { level: rulesetRule.severity === 'off' ? 'note' : LEVEL[rulesetRule.severity], enabled: rulesetRule.severity !== 'off' },
      properties: { source: 'custom' },
    };
  }
  if (rule) {
    const example = rule.examples[0]!;
    const markdown = `${rule.explanation}\n\nPasses:\n\n\`\`\`yaml\n${example.good}\`\`\`\n\nFails:\n\n\`\`\`yaml\n${example.bad}\`\`\``;
    return {
      id: code,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.explanation },
      help: { text: rule.explanation, markdown },
      defaultConfiguration: { level: rule.severity === 'off' ? 'note' : LEVEL[rule.severity], enabled: rule.recommended },
      properties: { category: rule.category, tags: [rule.category], defaultSeverity: severityName(rule.severity) },
    };
  }
  return { id: code, shortDescription: { text: diagnostic.source === 'custom' ? code : `Reported by the AsyncAPI parser (${code})` }, properties: { source: diagnostic.source ?? 'parser' } };
}

/** A SARIF 2.1.0 log of the problems: one run, each rule described once, each result at its file and region. */
export function toSarif(input: ReportInput): SarifLog {
  const custom = new Map((input.customRules ?? []).map((rule) => [rule.id, rule]));
  const rules: SarifReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: Array<{ location: { uri: string; uriBaseId: string } }> = [];
  const artifactIndex = new Map<string, number>();
  const results = ordered(input).map((d): SarifResult => {
    if (!ruleIndex.has(d.code)) {
      ruleIndex.set(d.code, rules.length);
      rules.push(descriptorOf(d.code, d, custom));
    }
    const uri = toUri(fileOf(d, input.documentPath));
    if (!artifactIndex.has(uri)) {
      artifactIndex.set(uri, artifacts.length);
      artifacts.push({ location: { uri, uriBaseId: 'WORKSPACE' } });
    }
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: 'WORKSPACE', index: artifactIndex.get(uri)! },
            region: { startLine: d.range.startLine, startColumn: d.range.startColumn, endLine: d.range.endLine, endColumn: d.range.endColumn },
          },
        },
      ],
      properties: { source: d.source ?? 'parser', severity: d.severity },
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, ...(input.toolVersion ? { version: input.toolVersion } : {}), rules } },
        originalUriBaseIds: { WORKSPACE: { description: { text: 'The root of the workspace (the opened folder).' } } },
        artifacts,
        results,
        ...(input.score ? { properties: { score: input.score.score, categories: input.score.categories } } : {}),
      },
    ],
  };
}
