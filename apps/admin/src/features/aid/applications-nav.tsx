import { Segmented } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { aidApplicationsPath, aidBudgetsPath } from './applications-display';
import { hardshipFilesPath } from './hardship-paths';

type Section = 'hardship' | 'applications' | 'budgets';

/** The aid module's sections: hardship files, applications, budgets and ledger. */
export function AidSectionNav({ current }: { current: Section }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const paths: Record<Section, string> = {
    hardship: hardshipFilesPath,
    applications: aidApplicationsPath,
    budgets: aidBudgetsPath,
  };
  return (
    <Segmented<Section>
      value={current}
      onChange={(section) => navigate(paths[section])}
      options={[
        { value: 'hardship', label: t('aid.hardship.files.title') },
        { value: 'applications', label: t('aid.money.applications.title') },
        { value: 'budgets', label: t('aid.money.budgets.title') },
      ]}
    />
  );
}
