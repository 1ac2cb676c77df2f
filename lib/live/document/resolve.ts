import type { AdapterKind } from '../types';
import type { LiveChannel, LiveServer, LiveVariable } from './liveView';

export type Filled = { ok: true; value: string } | { ok: false; problems: string[] };

const PLACEHOLDER = /\{([^{}]+)\}/g;

function checkEnum(variable: LiveVariable, value: string, what: string): string | undefined {
  if (variable.enum && variable.enum.length > 0 && !variable.enum.includes(value)) {
    return `${what} “${variable.name}” must be one of ${variable.enum.map((v) => `“${v}”`).join(', ')}, not “${value}”.`;
  }
  return undefined;
}

/** The value typed in, else the document's default, else its only allowed value. */
function chosen(variable: LiveVariable | undefined, typed: string | undefined): string | undefined {
  if (typed !== undefined && typed !== '') return typed;
  if (variable?.defaultValue !== undefined) return variable.defaultValue;
  if (variable?.enum?.length === 1) return variable.enum[0];
  return undefined;
}

/** The server's URL with its variables filled in from the form (or their defaults), checked against their enums. */
export function fillServerUrl(server: LiveServer, values: Readonly<Record<string, string>> = {}): Filled {
  const problems: string[] = [];
  const url = server.urlTemplate.replace(PLACEHOLDER, (whole, name: string) => {
    const variable = server.variables.find((v) => v.name === name);
    const value = chosen(variable, values[name]);
    if (value === undefined) {
      problems.push(variable ? `Server variable “${name}” needs a value.` : `The server URL uses “{${name}}”, which the server does not declare as a variable.`);
      return whole;
    }
    if (variable) {
      const wrong = checkEnum(variable, value, 'Server variable');
      if (wrong) problems.push(wrong);
    }
    return value;
  });
  if (problems.length > 0) return { ok: false, problems };
  try {
    new URL(url);
  } catch {
    return { ok: false, problems: [`“${url}” is not a URL.`] };
  }
  return { ok: true, value: url };
}

/** How each protocol family writes a channel address, and which characters would change its structure. */
interface AddressRules {
  /** Characters a parameter value must not hold (they would add levels or wildcards). */
  forbidden: RegExp;
  /** The single-level wildcard, when the parameter fills a whole level on its own. */
  wildcard?: { token: string; separator: RegExp };
  encode?: (value: string) => string;
}

const RULES: Readonly<Record<AdapterKind, AddressRules>> = {
  mqtt: { forbidden: /[/+#\u0000]/, wildcard: { token: '+', separator: /\// } },
  nats: { forbidden: /[.*>\s]/, wildcard: { token: '*', separator: /\./ } },
  // RabbitMQ's /topic/ destinations route on dot-separated words; * is one word.
  stomp: { forbidden: /[.*#/\s]/, wildcard: { token: '*', separator: /[./]/ } },
  'kafka-bridge': { forbidden: /[^A-Za-z0-9._-]/ },
  ws: { forbidden: /$^/, encode: encodeURIComponent },
  sse: { forbidden: /$^/, encode: encodeURIComponent },
  http: { forbidden: /$^/, encode: encodeURIComponent },
};

/** Whether `{name}` stands alone between separators (or the ends) in the address. */
function fillsWholeLevel(address: string, placeholder: string, separator: RegExp): boolean {
  const at = address.indexOf(placeholder);
  const before = at === 0 ? '' : address[at - 1]!;
  const after = address[at + placeholder.length] ?? '';
  return (before === '' || separator.test(before)) && (after === '' || separator.test(after));
}

/**
 * The channel's address with its parameters filled in, for the adapter that will use it. Values are
 * checked against their enums and against the characters that would change the address's shape; URL
 * addresses get them percent-encoded. To subscribe, an empty parameter becomes the protocol's one-level
 * wildcard where there is one (MQTT `+`, NATS `*`, RabbitMQ STOMP `*`), so every value is received.
 * `keepUnfilled` leaves `{name}` in place instead (Mercure topic selectors are URI templates).
 */
export function fillAddress(
  channel: LiveChannel,
  adapter: AdapterKind,
  values: Readonly<Record<string, string>> = {},
  { forSubscribe = false, keepUnfilled = false } = {},
): Filled {
  if (channel.address === null) return { ok: false, problems: [`Channel “${channel.id}” has no address in the document (it is only known at run time).`] };
  const address = channel.address;
  const rules = RULES[adapter];
  const problems: string[] = [];
  const filled = address.replace(PLACEHOLDER, (whole, name: string) => {
    const parameter = channel.parameters.find((p) => p.name === name);
    const typed = values[name];
    if ((typed === undefined || typed === '') && forSubscribe && rules.wildcard && fillsWholeLevel(address, whole, rules.wildcard.separator)) {
      return rules.wildcard.token;
    }
    const value = chosen(parameter, typed);
    // A Mercure topic selector may itself be a URI template: an empty parameter matches any value.
    if (value === undefined && keepUnfilled) return whole;
    if (value === undefined) {
      problems.push(`Parameter “${name}” of channel “${channel.id}” needs a value.`);
      return whole;
    }
    if (parameter) {
      const wrong = checkEnum(parameter, value, 'Parameter');
      if (wrong) problems.push(wrong);
    }
    if (rules.forbidden.test(value)) problems.push(`Parameter “${name}” holds a character that would change the address (“${value}”).`);
    return rules.encode ? rules.encode(value) : value;
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: filled };
}

/** A server URL and a channel address (a path) as one URL, without doubling or dropping the slash between them. */
export function joinUrl(serverUrl: string, address: string): string {
  if (address === '' || address === '/') return serverUrl.endsWith('/') || address === '' ? serverUrl : `${serverUrl}/`;
  const [base, query] = serverUrl.split('?', 2) as [string, string | undefined];
  const joined = `${base.replace(/\/+$/, '')}/${address.replace(/^\/+/, '')}`;
  return query === undefined ? joined : `${joined}${joined.includes('?') ? '&' : '?'}${query}`;
}
