/** One entry of the new-document gallery: a complete, valid AsyncAPI 3.1.0 YAML document. */
export interface Template {
  /** Stable id, used as `data-template-id` in the gallery. */
  id: string;
  title: string;
  description: string;
  /** The protocol of its server(s), as written in the document (`kafka`, `mqtt`, …), or `none`. */
  protocol: string;
  text: string;
}
