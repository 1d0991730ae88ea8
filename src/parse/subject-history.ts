/**
 * The most recent person and the most recent organisation an article has made the subject of a
 * sentence: what "he", "she", "they" and "the company" point back to.
 *
 * Paragraphs without quotes can only move this history forward (their sentence subjects), and most
 * of them are never looked back at. So they are queued rather than read: when a pronoun needs the
 * history, the queue is searched from its end for the last subject of the kind asked for, and
 * each queued paragraph is read at most once whatever the article's length.
 */
import type { Entity } from "./names.js";

export interface LastSubjects {
  person: Entity | null;
  group: Entity | null;
}

export class SubjectHistory {
  private currentPerson: Entity | null = null;
  private currentGroup: Entity | null = null;
  private readonly queued: number[] = [];
  /** Queue positions from which each kind has not been looked at yet. */
  private personFrom = 0;
  private groupFrom = 0;
  private readonly summaries = new Map<number, LastSubjects>();

  /** `lastSubjects(p)`: the last named person and organisation subjects of paragraph p. */
  constructor(private readonly lastSubjects: (paragraph: number) => LastSubjects) {}

  /** A paragraph whose subjects count only if someone looks back at them. */
  queue(paragraph: number): void {
    this.queued.push(paragraph);
  }

  get person(): Entity | null {
    if (this.personFrom < this.queued.length) {
      const found = this.search(this.personFrom, "person");
      if (found) this.currentPerson = found;
      this.personFrom = this.queued.length;
      this.trim();
    }
    return this.currentPerson;
  }

  get group(): Entity | null {
    if (this.groupFrom < this.queued.length) {
      const found = this.search(this.groupFrom, "group");
      if (found) this.currentGroup = found;
      this.groupFrom = this.queued.length;
      this.trim();
    }
    return this.currentGroup;
  }

  remember(entity: Entity | null): void {
    if (!entity) return;
    if (entity.person) {
      this.currentPerson = entity;
      this.personFrom = this.queued.length;
    } else {
      this.currentGroup = entity;
      this.groupFrom = this.queued.length;
    }
    this.trim();
  }

  private search(from: number, kind: keyof LastSubjects): Entity | null {
    for (let k = this.queued.length - 1; k >= from; k--) {
      const paragraph = this.queued[k] ?? -1;
      let summary = this.summaries.get(paragraph);
      if (!summary) {
        summary = this.lastSubjects(paragraph);
        this.summaries.set(paragraph, summary);
      }
      if (summary[kind]) return summary[kind];
    }
    return null;
  }

  /** Once both kinds are up to date, the queue is spent. */
  private trim(): void {
    if (this.queued.length > 0 && this.personFrom === this.queued.length && this.groupFrom === this.queued.length) {
      this.queued.length = 0;
      this.personFrom = 0;
      this.groupFrom = 0;
      this.summaries.clear();
    }
  }
}
