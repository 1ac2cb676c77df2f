// The per-item parts of @asyncapi/react-component the progressive sections render; the deep ESM paths ship no
// type files of their own (their types live under lib/types).
declare module '@asyncapi/react-component/lib/esm/containers/Operations/Operation' {
  export { Operation } from '@asyncapi/react-component/lib/types/containers/Operations/Operation';
}
declare module '@asyncapi/react-component/lib/esm/containers/Messages/Message' {
  export { Message } from '@asyncapi/react-component/lib/types/containers/Messages/Message';
}
declare module '@asyncapi/react-component/lib/esm/containers/Schemas/Schema' {
  export { Schema } from '@asyncapi/react-component/lib/types/containers/Schemas/Schema';
}
declare module '@asyncapi/react-component/lib/esm/helpers/common' {
  export { CommonHelpers } from '@asyncapi/react-component/lib/types/helpers/common';
}
declare module '@asyncapi/react-component/lib/esm/helpers/message' {
  export { MessageHelpers } from '@asyncapi/react-component/lib/types/helpers/message';
}
