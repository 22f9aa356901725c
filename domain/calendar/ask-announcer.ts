import type { AskOwner } from '#events/ask-request';
import type { AskWindow, EnteredAsk } from './calendar-ask.ts';
import type { Clash, ClashPolicy, SuggestedWindow } from './clashes.ts';

/** What is said about a clash: enough for the email, named once by `clashId`. */
export interface ClashNotice {
  /** Names this clash once: `<askId>-v<version>` for a recorded ask, `refused-<submissionId>` for a refused one. */
  readonly clashId: string;
  readonly askId?: string | undefined;
  readonly version?: number | undefined;
  readonly title: string;
  readonly window: AskWindow;
  readonly owner: AskOwner;
  readonly policy: ClashPolicy;
  readonly refused: boolean;
  readonly bufferWorkingDays: number;
  readonly clashes: readonly Clash[];
  readonly suggestions: readonly SuggestedWindow[];
}

/** When and in what thread something happened, for the events published about it. */
export interface AnnouncementContext {
  readonly correlationId: string;
  readonly occurredAt: Date;
}

/** Port: tells the rest of the system about asks (publishes AskChanged, AskCancelled, AskClashFound). */
export interface AskAnnouncer {
  changed(ask: EnteredAsk, context: AnnouncementContext): Promise<void>;
  cancelled(ask: EnteredAsk, context: AnnouncementContext): Promise<void>;
  clashFound(notice: ClashNotice, context: AnnouncementContext): Promise<void>;
}
