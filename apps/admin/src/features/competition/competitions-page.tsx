import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Select,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { ResultOf } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { type DateRangeValue, dateRangeValue, datesOfRange } from '../../shared/date-range';
import { TransportErrorAlert } from '../../shared/error-views';
import { FilterActions, PagedTable, useListPage, useShownList } from '../../shared/list-page';
import { OrganizationPicker } from '../organization/organization-picker';
import { useKnownOrganizationNames } from '../organization/use-organization-name';
import {
  type CompetitionListFilters,
  competitionFilterInput,
  competitionFilters,
  competitionKinds,
} from './competition-filters';
import { competitionLabelKey, competitionPath, scoringPath } from './competition-labels';
import { CompetitionListQuery } from './competition-queries';
import { CreateCompetitionWizard } from './create-competition-wizard';

const pageSize = 20;
type ListResult = ResultOf<typeof CompetitionListQuery>['managedCompetitions'];
type Connection = Extract<ListResult, { __typename: 'QueryManagedCompetitionsSuccess' }>['data'];
type Row = Connection['edges'][number]['node'];

interface FilterValues {
  organizationId?: string | null;
  kind?: CompetitionListFilters['kind'];
  starts?: DateRangeValue;
}

function formValuesOf(filters: CompetitionListFilters): FilterValues {
  return {
    organizationId: filters.organizationId,
    kind: filters.kind,
    starts: dateRangeValue(filters.startsFrom, filters.startsTo),
  };
}

function filtersOf(values: FilterValues): CompetitionListFilters {
  const starts = datesOfRange(values.starts);
  return {
    organizationId: values.organizationId ?? null,
    kind: values.kind ?? null,
    startsFrom: starts.from,
    startsTo: starts.to,
  };
}

/**
 * 劳动和技能竞赛 (/admin/competitions): the competitions the viewer works on or judges, filtered
 * by organising union (its subtree), kind and starting date — in the URL, so that the annual
 * report's 举办竞赛 figures open the competitions they count — with the total.
 */
export function CompetitionsPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  const canCreate = hasPermission(viewer.permissions, 'COMPETITION_MANAGE');
  const [creating, setCreating] = useState(false);
  const address = useListPage(competitionFilters, {
    title: 'competition.list.pageTitle',
    pageSize: pageSize,
  });
  const { filters } = address;
  const [form] = Form.useForm<FilterValues>();
  const filterInput = useMemo(() => competitionFilterInput(filters), [filters]);
  const [result, reexecute] = useQuery({
    query: CompetitionListQuery,
    variables: { filter: filterInput, first: address.cursor.first, after: address.cursor.after },
  });
  const knownNames = useKnownOrganizationNames(filters.organizationId);
  useEffect(() => {
    form.setFieldsValue(formValuesOf(filters));
  }, [form, filters]);
  const list = result.data?.managedCompetitions;
  const shown = useShownList(
    address.cursor,
    list?.__typename === 'QueryManagedCompetitionsSuccess' ? list.data : null,
    result.fetching,
  );
  const columns: TableColumnsType<Row> = [
    {
      title: t('competition.field.name'),
      key: 'name',
      render: (_, row) => <Link to={competitionPath(row.id)}>{row.name}</Link>,
    },
    {
      title: t('competition.field.kind'),
      key: 'kind',
      render: (_, row) => t(competitionLabelKey('kind', row.kind)),
    },
    {
      title: t('competition.field.class'),
      key: 'class',
      render: (_, row) => t(competitionLabelKey('class', row.competitionClass)),
    },
    { title: t('competition.field.trade'), dataIndex: 'trade' },
    { title: t('competition.field.organizer'), dataIndex: 'organizerName' },
    {
      title: t('competition.field.dates'),
      key: 'dates',
      render: (_, row) => `${formatDate(String(row.startsOn))} – ${formatDate(String(row.endsOn))}`,
    },
    { title: t('competition.field.participants'), dataIndex: 'participantCount' },
    {
      title: t('competition.field.status'),
      key: 'status',
      render: (_, row) =>
        row.resultsPublished ? (
          <Tag color="green">{t('competition.status.published')}</Tag>
        ) : (
          <Tag>{t('competition.status.unpublished')}</Tag>
        ),
    },
    {
      title: t('competition.judge.score'),
      key: 'score',
      render: (_, row) =>
        row.viewerIsJudge
          ? row.stages
              .filter((stage) => stage.state === 'OPEN')
              .map((stage) => (
                <Link key={stage.id} to={scoringPath(stage.id)} data-testid="scoring-link">
                  <Button size="small" type="primary">
                    {t('competition.judge.score')} · {stage.name}
                  </Button>
                </Link>
              ))
          : null,
    },
  ];
  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('competition.list.pageTitle')}
          </Typography.Title>
          {canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('competition.list.create')}
            </Button>
          )}
        </Flex>
        {creating && (
          <CreateCompetitionWizard
            onClose={() => setCreating(false)}
            onCreated={(id) => navigate(competitionPath(id))}
          />
        )}
        <Form<FilterValues>
          form={form}
          layout="inline"
          name="competitionFilters"
          onFinish={(values) => address.apply(filtersOf(values))}
          initialValues={formValuesOf(filters)}
          data-testid="competition-filters"
        >
          <Form.Item name="organizationId" label={t('competition.filter.organizer')}>
            <OrganizationPicker
              allowClear
              placeholder={t('members.filter.organizationPlaceholder')}
              knownNames={knownNames}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('competition.field.kind')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              placeholder={t('members.filter.any')}
              data-testid="competition-kind-filter"
              options={competitionKinds.map((kind) => ({
                value: kind,
                label: t(competitionLabelKey('kind', kind)),
              }))}
            />
          </Form.Item>
          <Form.Item name="starts" label={t('competition.field.startsOn')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item>
            <FilterActions applyLabel={t('competition.filter.apply')} onReset={address.reset} />
          </Form.Item>
        </Form>
        {list && list.__typename !== 'QueryManagedCompetitionsSuccess' ? (
          <Alert type="error" showIcon title={list.message} />
        ) : null}
        {result.error && <TransportErrorAlert error={result.error} onRetry={() => reexecute()} />}
        <PagedTable<Row>
          list={shown}
          summaryKey="competition.list.summary"
          summaryTestId="competition-list-summary"
          rowKey="id"
          columns={columns}
          data-testid="competition-list"
          locale={{ emptyText: t('competition.list.empty') }}
        />
      </Flex>
    </Card>
  );
}
