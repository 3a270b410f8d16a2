import type { FigureUnit, ReportPeriod } from '@gonghui/domain';

/** The organisation a report is about: its subtree is everything below it, itself included. */
export interface ReportScope {
  readonly organizationId: string;
  readonly lineageIds: readonly string[];
}

/** One figure as a section computes it for one period. */
export interface SectionFigure {
  /** Stable key, unique within the report (`member.newMembers`). */
  readonly key: string;
  /** The report's wording (新入会会员). */
  readonly label: string;
  readonly unit: FigureUnit;
  /** An integer: a count, or fen for money. */
  readonly value: number;
  /**
   * What the value describes: the PERIOD (compared with the previous period) or the state
   * TODAY (a maintained counter such as the members on the roll; no comparison).
   */
  readonly basis: 'PERIOD' | 'TODAY';
  /** The staff console's list behind the figure, when there is one (access-controlled there). */
  readonly listPath: string | null;
}

/**
 * A section of the report (组织建设, 会员发展, 荣誉表彰 …), contributed by the module that owns
 * the data. `figures` is called for the report period and again for the previous period (only
 * the PERIOD figures of the second call are used).
 */
export interface ReportSection {
  readonly key: string;
  readonly title: string;
  figures(scope: ReportScope, period: ReportPeriod): Promise<SectionFigure[]>;
}
