// The package's deep ESM paths ship no type files of their own; their types live under lib/types.
declare module '@asyncapi/react-component/lib/esm/without-parser' {
  import type { ComponentType } from 'react';
  import type { AsyncApiProps } from '@asyncapi/react-component/lib/types/containers/AsyncApi/Standalone';

  const AsyncApiComponent: ComponentType<AsyncApiProps>;
  export default AsyncApiComponent;
}

declare module '@asyncapi/react-component/lib/esm/config/default' {
  export { defaultConfig } from '@asyncapi/react-component/lib/types/config/default';
}
declare module '@asyncapi/react-component/lib/esm/contexts/useConfig' {
  export { ConfigContext } from '@asyncapi/react-component/lib/types/contexts/useConfig';
}
declare module '@asyncapi/react-component/lib/esm/contexts/useSpec' {
  export { SpecificationContext } from '@asyncapi/react-component/lib/types/contexts/useSpec';
}
declare module '@asyncapi/react-component/lib/esm/containers/Info/Info' {
  export { Info } from '@asyncapi/react-component/lib/types/containers/Info/Info';
}
declare module '@asyncapi/react-component/lib/esm/containers/Servers/Servers' {
  export { Servers } from '@asyncapi/react-component/lib/types/containers/Servers/Servers';
}
declare module '@asyncapi/react-component/lib/esm/containers/Operations/Operations' {
  export { Operations } from '@asyncapi/react-component/lib/types/containers/Operations/Operations';
}
declare module '@asyncapi/react-component/lib/esm/containers/Messages/Messages' {
  export { Messages } from '@asyncapi/react-component/lib/types/containers/Messages/Messages';
}
declare module '@asyncapi/react-component/lib/esm/containers/Schemas/Schemas' {
  export { Schemas } from '@asyncapi/react-component/lib/types/containers/Schemas/Schemas';
}
