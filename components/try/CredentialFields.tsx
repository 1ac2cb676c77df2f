'use client';

import type { LiveCredentials } from '@/lib/live/types';

const LABELS: Record<keyof LiveCredentials, string> = { username: 'User name', password: 'Password', token: 'Token' };

/** AsyncAPI security scheme types in words. */
const SCHEMES: Readonly<Record<string, string>> = {
  userPassword: 'a user name and password',
  plain: 'a user name and password (SASL PLAIN)',
  scramSha256: 'a user name and password (SCRAM-SHA-256)',
  scramSha512: 'a user name and password (SCRAM-SHA-512)',
  http: 'HTTP authentication (Basic or a bearer token)',
  httpApiKey: 'an API key',
  apiKey: 'an API key',
  oauth2: 'an OAuth 2 token',
  openIdConnect: 'an OpenID Connect token',
  X509: 'a client certificate (the browser chooses it)',
  symmetricEncryption: 'symmetric encryption',
  asymmetricEncryption: 'asymmetric encryption',
  gssapi: 'Kerberos (GSSAPI)',
};

/**
 * The credentials the server's client can carry. They stay in this panel's memory and go to the connections
 * only: never into the workspace, a share link, the log or the browser's storage.
 */
export function CredentialFields({ fields, values, onChange, asked }: { fields: Array<keyof LiveCredentials>; values: LiveCredentials; onChange: (field: keyof LiveCredentials, value: string) => void; asked: string[] }) {
  if (fields.length === 0) return <p className="try-hint">This kind of connection carries no credentials from a browser (only cookies, which the browser sends by itself).</p>;
  return (
    <fieldset className="try-credentials">
      <legend>Credentials</legend>
      {asked.length > 0 && <p className="try-hint">The document says the server asks for {asked.map((type) => SCHEMES[type] ?? type).join(' or ')}.</p>}
      {fields.map((field) => (
        <label key={field} className="try-field">
          <span className="try-field-name">{LABELS[field]}</span>
          <input
            data-testid={`try-${field}`}
            type={field === 'username' ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={values[field] ?? ''}
            onChange={(e) => onChange(field, e.target.value)}
          />
        </label>
      ))}
      <p className="try-hint">Kept in this tab&apos;s memory only: never saved, shared, or written to the log. Closing the panel or the tab forgets them.</p>
    </fieldset>
  );
}
