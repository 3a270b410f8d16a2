import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { RosterFileWords } from './roster-files';

/** The words roster file names are made of, in the console's language. */
export function useRosterFileWords(): RosterFileWords {
  const { t } = useI18n();
  return useMemo(
    () => ({
      roster: t('roster.fileWord.roster'),
      full: t('roster.fileWord.full'),
      report: t('roster.fileWord.report'),
      union: t('roster.fileWord.union'),
    }),
    [t],
  );
}
