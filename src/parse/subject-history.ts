/**
 * The most recent person and the most recent organisation an article has made the subject of a
 * sentence: what "he", "she", "they" and "the company" point back to.
 *
 * Paragraphs without quotes, and the sentences without quotes of the others, can only move this
 * history forward (their subjects), and most of them are never looked back at. So they are queued
 * rather than read: when a pronoun needs the history, the queue is searched from its end for the
 * last subject of the kind asked for, and each queued part is read at most once whatever the
 * article's length.
 */
import type { Entity } from "./names.js";

export interface LastSubjects {
  person: Entity | null;
  group: Entity | null;
}

type Kind = keyof LastSubjects;

export class SubjectHistory<Part = number> {
  private readonly current: LastSubjects = { person: null, group: null };
  private readonly queued: Part[] = [];
  /** Queue positions from which each kind has not been looked at yet. */
  private readonly from: Record<Kind, number> = { person: 0, group: 0 };
  /** The summaries of queued parts read so far, by their place in the queue. */
  private readonly summaries = new Map<number, LastSubjects>();

  /** `lastSubjects(part)`: the last named person and organisation subjects of a part of the text. */
  constructor(private readonly lastSubjects: (part: Part) => LastSubjects) {}

  /** A part of the text (a paragraph, some sentences) whose subjects count only if someone looks back at them. */
  queue(part: Part): void {
    this.queued.push(part);
  }

  get person(): Entity | null {
    return this.latest("person");
  }

  get group(): Entity | null {
    return this.latest("group");
  }

  remember(entity: Entity | null): void {
    if (!entity) return;
    const kind: Kind = entity.person ? "person" : "group";
    this.current[kind] = entity;
    this.from[kind] = this.queued.length;
    this.trim();
  }

  /** The last subject of this kind, reading the queued paragraphs it has not seen yet. */
  private latest(kind: Kind): Entity | null {
    if (this.from[kind] < this.queued.length) {
      const found = this.search(this.from[kind], kind);
      if (found) this.current[kind] = found;
      this.from[kind] = this.queued.length;
      this.trim();
    }
    return this.current[kind];
  }

  private search(from: number, kind: Kind): Entity | null {
    for (let k = this.queued.length - 1; k >= from; k--) {
      const part = this.queued[k];
      if (part === undefined) continue;
      let summary = this.summaries.get(k);
      if (!summary) {
        summary = this.lastSubjects(part);
        this.summaries.set(k, summary);
      }
      if (summary[kind]) return summary[kind];
    }
    return null;
  }

  /** Once both kinds are up to date, the queue is spent. */
  private trim(): void {
    const spent = this.queued.length;
    if (spent > 0 && this.from.person === spent && this.from.group === spent) {
      this.queued.length = 0;
      this.from.person = 0;
      this.from.group = 0;
      this.summaries.clear();
    }
  }
}
