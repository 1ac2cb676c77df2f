// The package's deep ESM path ships no type file of its own; its types live under lib/types.
declare module '@asyncapi/react-component/lib/esm/without-parser' {
  import type { ComponentType } from 'react';
  import type { AsyncApiProps } from '@asyncapi/react-component/lib/types/containers/AsyncApi/Standalone';

  const AsyncApiComponent: ComponentType<AsyncApiProps>;
  export default AsyncApiComponent;
}
