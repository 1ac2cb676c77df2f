import { defaultConfig } from '@asyncapi/react-component/lib/esm/config/default';
import type { ConfigInterface } from '@asyncapi/react-component/lib/types/config/config';

/**
 * The component's full configuration, merged once the way its own wrapper merges it on every render. A
 * constant: the layout passes it down through context, and a new object would re-render every section.
 */
export const DOCUMENTATION_CONFIG: ConfigInterface = {
  ...defaultConfig,
  show: { ...defaultConfig.show, sidebar: false, info: true, servers: true, operations: true, messages: true, schemas: true, errors: true, messageExamples: true },
  expand: { ...defaultConfig.expand, messageExamples: false },
  sidebar: { ...defaultConfig.sidebar },
  extensions: { ...defaultConfig.extensions },
};
