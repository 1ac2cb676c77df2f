/** A hint from lib/live, whose `backticked` words are configuration or code: shown as code, as text otherwise. */
export function HintText({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
