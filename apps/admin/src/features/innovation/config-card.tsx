import { Alert, App, Button, Card, DatePicker, Flex, Input, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { CreateInnovationConfigMutation, InnovationConfigQuery } from './innovation-queries';

/**
 * 职工创新配置: the configuration in force for a region (its version label), the stored versions
 * of the region's chain, and (config.manage) a simple editor that stores the next version: the
 * parts to set as JSON (rubric, enterpriseQuotas, leadQualification), checked by the gateway
 * with the domain's rules and answered under the JSON's paths.
 */
export function InnovationConfigCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [regionCode, setRegionCode] = useState('000000');
  const [query, setQuery] = useState('000000');
  const [result, reexecute] = useQuery({
    query: InnovationConfigQuery,
    variables: { regionCode: query },
  });
  const [regionName, setRegionName] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState<Dayjs | null>(dayjs());
  const [parameters, setParameters] = useState(
    '{\n  "enterpriseQuotas": { "CITY_FEDERATION": 10, "COUNTY_FEDERATION": 10 }\n}',
  );
  const [changeNote, setChangeNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [state, create] = useMutation(CreateInnovationConfigMutation);
  const inForce = result.data?.innovationConfigInForce;
  const versions = result.data?.innovationConfigVersions;
  const rows = versions?.__typename === 'QueryInnovationConfigVersionsSuccess' ? versions.data : [];

  const save = async () => {
    setProblems([]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(parameters);
    } catch {
      return setProblems([t('innovation.config.badJson')]);
    }
    const answer = (
      await create({
        input: {
          regionCode: query,
          regionName,
          effectiveFrom: effectiveFrom?.format('YYYY-MM-DD') ?? '',
          parameters: parsed,
          changeNote: changeNote || null,
        },
      })
    ).data?.createInnovationConfigVersion;
    if (!answer) return setProblems([t(noAnswerMessageKey(undefined))]);
    if (answer.__typename === 'InnovationConfigVersion') {
      void message.success(t('innovation.config.saved', { version: answer.version }));
      return reexecute({ requestPolicy: 'network-only' });
    }
    if (answer.__typename === 'ValidationError' && answer.issues && answer.issues.length > 0) {
      return setProblems(answer.issues.map((issue) => `${issue.field}：${issue.message}`));
    }
    setProblems([answer.message]);
  };

  return (
    <Card size="small" title={t('innovation.config.title')} data-testid="innovation-config-card">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Input
            aria-label={t('innovation.config.region')}
            value={regionCode}
            maxLength={6}
            style={{ width: 120 }}
            onChange={(event) => setRegionCode(event.target.value)}
          />
          <Button onClick={() => setQuery(regionCode.trim())}>{t('innovation.config.show')}</Button>
          <Typography.Text data-testid="innovation-config-version">
            {inForce?.__typename === 'InnovationConfigInForce'
              ? t('innovation.config.inForce', { version: inForce.version })
              : (inForce?.message ?? '')}
          </Typography.Text>
        </Flex>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...rows]}
          locale={{ emptyText: t('innovation.config.defaultsOnly') }}
          columns={[
            {
              key: 'region',
              title: t('innovation.config.region'),
              render: (_v, row) => `${row.regionName}（${row.regionCode}）v${row.version}`,
            },
            {
              key: 'dates',
              title: t('innovation.config.effective'),
              render: (_v, row) => `${row.effectiveFrom} ~ ${row.effectiveTo ?? ''}`,
            },
            { key: 'note', title: t('innovation.config.note'), dataIndex: 'changeNote' },
            {
              key: 'parameters',
              title: t('innovation.config.parameters'),
              render: (_v, row) => (
                <Typography.Text code style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>
                  {JSON.stringify(row.parameters)}
                </Typography.Text>
              ),
            },
          ]}
        />
        {canEdit ? (
          <Flex vertical gap={8}>
            <Typography.Text strong>
              {t('innovation.config.newVersion', { region: query })}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Input
                aria-label={t('innovation.config.regionName')}
                placeholder={t('innovation.config.regionName')}
                value={regionName}
                style={{ width: 160 }}
                onChange={(event) => setRegionName(event.target.value)}
              />
              <DatePicker value={effectiveFrom} onChange={setEffectiveFrom} />
              <Input
                aria-label={t('innovation.config.note')}
                placeholder={t('innovation.config.note')}
                value={changeNote}
                maxLength={500}
                style={{ width: 260 }}
                onChange={(event) => setChangeNote(event.target.value)}
              />
            </Flex>
            <Input.TextArea
              aria-label={t('innovation.config.parameters')}
              rows={6}
              value={parameters}
              onChange={(event) => setParameters(event.target.value)}
              style={{ fontFamily: 'monospace' }}
            />
            {problems.length > 0 ? (
              <Alert type="error" showIcon title={problems.join('；')} />
            ) : null}
            <Button type="primary" onClick={() => void save()} loading={state.fetching}>
              {t('innovation.config.save')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
