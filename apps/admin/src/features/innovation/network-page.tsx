import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { hasPermission } from '../../app/modules';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { noAnswerMessageKey } from '../../shared/api-errors';
import { InnovationConfigCard } from './config-card';
import { studiosPath } from './innovation-display';
import {
  AdminStudiosQuery,
  AlliancesQuery,
  CreateAllianceMutation,
  EnterprisesQuery,
  JoinAllianceMutation,
  LeaveAllianceMutation,
  SelectEnterpriseMutation,
} from './innovation-queries';

const KINDS = ['CROSS_REGION', 'CROSS_INDUSTRY', 'CROSS_EMPLOYER'] as const;
const dateText = (value: Dayjs) => value.format('YYYY-MM-DD');

/** The answer of a mutation as null (done) or the text to show. */
function problemOf(
  t: (key: MessageKey) => string,
  result: {
    data?: Record<string, { __typename: string; message?: string } | null | undefined>;
    error?: Parameters<typeof noAnswerMessageKey>[0];
  },
  field: string,
  done: string,
): string | null {
  const answer = result.data?.[field];
  if (!answer) return t(noAnswerMessageKey(result.error));
  return answer.__typename === done ? null : (answer.message ?? answer.__typename);
}

function EnterprisesCard({
  organizationId,
  canManage,
}: {
  organizationId: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const [problem, setProblem] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: EnterprisesQuery,
    variables: { organizationId, year },
  });
  const [, select] = useMutation(SelectEnterpriseMutation);
  const [form] = Form.useForm<{ enterpriseName: string }>();
  const quota = result.data?.enterpriseQuota;
  const list = result.data?.innovationEnterprises;
  const rows = list?.__typename === 'QueryInnovationEnterprisesSuccess' ? list.data : [];
  return (
    <Card size="small" title={t('innovation.enterprises.title')} data-testid="enterprises-card">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center">
          {t('innovation.evaluation.year')}
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => value && setYear(value)}
          />
        </Flex>
        {quota?.__typename === 'EnterpriseQuota' ? (
          <Alert
            type={quota.over > 0 ? 'error' : quota.remaining === 0 ? 'warning' : 'info'}
            showIcon
            title={quota.explanation}
            data-testid="enterprise-quota"
          />
        ) : quota ? (
          <Alert type="info" showIcon title={quota.message} />
        ) : null}
        <List
          size="small"
          dataSource={rows}
          renderItem={(row) => (
            <List.Item>
              {row.enterpriseName} · {row.selectedOn}
            </List.Item>
          )}
        />
        {canManage && quota?.__typename === 'EnterpriseQuota' ? (
          <Form
            form={form}
            layout="inline"
            name="selectEnterprise"
            onFinish={async (values) => {
              setProblem(null);
              const answer = await select({
                input: { organizationId, year, enterpriseName: values.enterpriseName },
              });
              const text = problemOf(
                t,
                answer,
                'selectInnovationEnterprise',
                'InnovationEnterprise',
              );
              if (text) return setProblem(text);
              void message.success(t('innovation.enterprises.selected'));
              form.resetFields();
              reexecute({ requestPolicy: 'network-only' });
            }}
          >
            <Form.Item name="enterpriseName" rules={[{ required: true }]}>
              <Input
                placeholder={t('innovation.enterprises.name')}
                style={{ width: 260 }}
                maxLength={100}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('innovation.enterprises.select')}
            </Button>
          </Form>
        ) : null}
        {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      </Flex>
    </Card>
  );
}

function AlliancesCard({
  organizationId,
  canManage,
}: {
  organizationId: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: AlliancesQuery, variables: { organizationId } });
  const [studios] = useQuery({
    query: AdminStudiosQuery,
    variables: { filter: {}, first: 100, after: null },
    pause: !canManage,
  });
  const [, create] = useMutation(CreateAllianceMutation);
  const [, join] = useMutation(JoinAllianceMutation);
  const [, leave] = useMutation(LeaveAllianceMutation);
  const list = result.data?.alliances;
  const alliances = list?.__typename === 'QueryAlliancesSuccess' ? list.data : [];
  const studioList = studios.data?.studios;
  const studioOptions =
    studioList?.__typename === 'QueryStudiosSuccess'
      ? studioList.data.edges.map(({ node }) => ({ value: node.id, label: node.name }))
      : [];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const after = (text: string | null) => {
    if (text) setProblem(text);
    else {
      setProblem(null);
      void message.success(t('innovation.alliances.saved'));
      refresh();
    }
  };

  return (
    <Card size="small" title={t('innovation.alliances.title')} data-testid="alliances-card">
      <Flex vertical gap={12}>
        {alliances.map((alliance) => (
          <Card
            key={alliance.id}
            size="small"
            type="inner"
            title={alliance.name}
            extra={<Tag>{t(`innovation.allianceKind.${alliance.kind}` as MessageKey)}</Tag>}
          >
            <List
              size="small"
              dataSource={alliance.memberships}
              renderItem={(membership) => (
                <List.Item
                  actions={
                    canManage && !membership.leftOn
                      ? [
                          <Button
                            key="leave"
                            size="small"
                            onClick={async () =>
                              after(
                                problemOf(
                                  t,
                                  await leave({
                                    allianceId: alliance.id,
                                    studioId: membership.studio.id,
                                    leftOn: dateText(dayjs()),
                                  }),
                                  'leaveAlliance',
                                  'AllianceMembership',
                                ),
                              )
                            }
                          >
                            {t('innovation.alliances.leave')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  {membership.studio.name} · {membership.joinedOn}
                  {membership.leftOn ? ` — ${membership.leftOn}` : ''}
                </List.Item>
              )}
            />
            {canManage ? (
              <Form
                layout="inline"
                name={`join-${alliance.id}`}
                onFinish={async (values: { studioId: string; joinedOn: Dayjs }) =>
                  after(
                    problemOf(
                      t,
                      await join({
                        allianceId: alliance.id,
                        studioId: values.studioId,
                        joinedOn: dateText(values.joinedOn),
                      }),
                      'joinAlliance',
                      'AllianceMembership',
                    ),
                  )
                }
              >
                <Form.Item name="studioId" rules={[{ required: true }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    options={studioOptions}
                    placeholder={t('innovation.studio.name')}
                    style={{ width: 240 }}
                  />
                </Form.Item>
                <Form.Item name="joinedOn" rules={[{ required: true }]}>
                  <DatePicker />
                </Form.Item>
                <Button htmlType="submit">{t('innovation.alliances.join')}</Button>
              </Form>
            ) : null}
          </Card>
        ))}
        {canManage ? (
          <Form
            layout="inline"
            name="createAlliance"
            onFinish={async (values: {
              name: string;
              kind: (typeof KINDS)[number];
              foundedOn: Dayjs;
            }) =>
              after(
                problemOf(
                  t,
                  await create({
                    input: {
                      organizationId,
                      name: values.name,
                      kind: values.kind,
                      foundedOn: dateText(values.foundedOn),
                    },
                  }),
                  'createAlliance',
                  'InnovationAlliance',
                ),
              )
            }
          >
            <Form.Item name="name" rules={[{ required: true }]}>
              <Input
                placeholder={t('innovation.alliances.name')}
                style={{ width: 240 }}
                maxLength={60}
              />
            </Form.Item>
            <Form.Item name="kind" rules={[{ required: true }]}>
              <Select
                style={{ width: 130 }}
                options={KINDS.map((kind) => ({
                  value: kind,
                  label: t(`innovation.allianceKind.${kind}` as MessageKey),
                }))}
              />
            </Form.Item>
            <Form.Item name="foundedOn" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('innovation.alliances.create')}
            </Button>
          </Form>
        ) : null}
        {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      </Flex>
    </Card>
  );
}

/** 联盟与全员创新企业 (/admin/innovation/network): the viewer's union's alliances and yearly selections. */
export function NetworkPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const canManage = hasPermission(viewer.permissions, 'INNOVATION_MANAGE');
  const home = viewer.homeOrganization;
  useEffect(() => {
    document.title = `${t('innovation.network.pageTitle')} · ${t('app.title')}`;
  }, [t]);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('innovation.network.pageTitle')}
        </Typography.Title>
        <Link to={studiosPath}>{t('innovation.studio.back')}</Link>
      </Flex>
      {home ? (
        <>
          <Typography.Text type="secondary">{home.name}</Typography.Text>
          <EnterprisesCard organizationId={home.id} canManage={canManage} />
          <AlliancesCard organizationId={home.id} canManage={canManage} />
          <InnovationConfigCard canEdit={hasPermission(viewer.permissions, 'CONFIG_MANAGE')} />
        </>
      ) : null}
    </Flex>
  );
}
