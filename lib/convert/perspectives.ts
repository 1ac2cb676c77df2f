export type Perspective = 'application' | 'client';

/** Plain-language labels and explanations of the 2.x→3.0 point of view, for the conversion dialog. */
export const perspectiveExplanations: Readonly<Record<Perspective, { label: string; description: string }>> = {
  application: {
    label: 'The document describes my application',
    description:
      'Choose this when the document is written from the point of view of the application it describes. ' +
      'A 2.x "publish" (others send to your application) becomes a "receive" operation, and "subscribe" becomes "send".',
  },
  client: {
    label: 'The document describes what clients do',
    description:
      'Choose this when the document was written for the clients that talk to the application. ' +
      'A 2.x "publish" becomes a "send" operation, and "subscribe" becomes "receive".',
  },
};

export const perspectives: readonly Perspective[] = ['application', 'client'];
