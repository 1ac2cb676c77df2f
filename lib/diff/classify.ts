import type { ChangeClass, Direction, Effect } from './types';

/**
 * The class of a change from what it does to the accepted values and how the application moves the
 * message. Receiving, a narrower schema rejects messages senders could send before; sending, a wider
 * one produces messages that old consumers may reject. Used both ways, either makes it breaking.
 * A schema no operation uses breaks no one: its changes are non-breaking.
 */
export function classOf(effect: Effect, directions: Iterable<Direction>): ChangeClass {
  if (effect === 'none') return 'annotation';
  if (effect === 'neutral') return 'non-breaking';
  const set = new Set(directions);
  if (effect === 'narrows') return set.has('receive') ? 'breaking' : 'non-breaking';
  if (effect === 'widens') return set.has('send') ? 'breaking' : 'non-breaking';
  return set.size > 0 ? 'breaking' : 'non-breaking';
}

/** Adding a message to what the application receives, or removing one it sends, is judged as a oneOf option is. */
export function messageSetClass(kind: 'added' | 'removed', directions: Iterable<Direction>): ChangeClass {
  return classOf(kind === 'added' ? 'widens' : 'narrows', directions);
}

export const CLASS_ORDER: readonly ChangeClass[] = ['breaking', 'non-breaking', 'annotation'];
