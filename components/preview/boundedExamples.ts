import { MessageHelpers } from '@asyncapi/react-component/lib/esm/helpers/message';
import { acyclicSchema } from '@/lib/messageLab/acyclicSchema';
import { generateExample } from '@/lib/messageLab/generateExample';

/**
 * The component makes the example of a message without one as it renders, on the UI thread, with a sampler
 * that builds as many items as a schema's `minItems` asks: `minItems: 1000000000` froze the page for seconds,
 * and nested minimums multiply. The studio's own generator (the lab's "Generate example") has limits on
 * items, characters and nesting, and the preview then shows the example the lab would.
 */
export function installBoundedExamples(): void {
  MessageHelpers.generateExample = (schema: unknown) => {
    // As the component's own: a schema it cannot make an example of shows none, never a broken section.
    try {
      return generateExample(acyclicSchema(schema)) ?? '';
    } catch {
      return '';
    }
  };
}
