import { Checkbox, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Sex } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { OrganizationPicker } from '../organization/organization-picker';
import { categoryLabel, knownCategories } from './honor-display';
import { NominateMutation, NomineeMemberSearchQuery } from './honor-queries';

type Source = 'member' | 'person';

interface NominateValues {
  source: Source;
  memberId?: string;
  person?: {
    name: string;
    sex?: Sex;
    employerName: string;
    regionCode: string;
    industry?: string;
  };
  organizationId?: string;
  categories: string[];
  citation: string;
  photoUrl?: string;
}

const nominateFields = [
  'memberId',
  'person.name',
  'person.sex',
  'person.employerName',
  'person.regionCode',
  'person.industry',
  'person.photoUrl',
  'organizationId',
  'categories',
  'citation',
  'photoUrl',
];

/**
 * 推荐: a member found by name (the gateway copies the public fields, never the ID number) or a
 * person who is not a member (public fields only), the quota categories, and the citation. The
 * gateway's refusals land under their fields.
 */
export function NominateModal({
  campaign,
  onClose,
  onNominated,
}: {
  campaign: { id: string; organizationId: string; organizerName: string };
  onClose: () => void;
  onNominated: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<NominateValues>();
  const [state, execute] = useMutation(NominateMutation);
  const answers = useFormAnswer(form, nominateFields);
  const source = Form.useWatch('source', form) ?? 'member';
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 250);
  const [members] = useQuery({
    query: NomineeMemberSearchQuery,
    variables: { search: term },
    pause: term === '' || source !== 'member',
  });
  const found =
    members.data?.members.__typename === 'QueryMembersSuccess'
      ? members.data.members.data.edges.map((edge) => edge.node)
      : [];

  const chooseMember = (memberId: string) => {
    const member = found.find((candidate) => candidate.id === memberId);
    // A woman counts for the 女职工 quota: ticked for her (the staff can still untick it).
    if (member?.sex === 'FEMALE') {
      const categories = form.getFieldValue('categories') as string[] | undefined;
      if (!categories?.includes('WOMAN'))
        form.setFieldValue('categories', [...(categories ?? []), 'WOMAN']);
    }
  };

  const submit = async (values: NominateValues) => {
    answers.clear();
    const person = values.person;
    const result = await execute(
      {
        input: {
          campaignId: campaign.id,
          organizationId: values.organizationId ?? null,
          memberId: values.source === 'member' ? (values.memberId ?? null) : null,
          person:
            values.source === 'person' && person
              ? {
                  name: person.name.trim(),
                  sex: person.sex ?? null,
                  employerName: person.employerName.trim(),
                  regionCode: person.regionCode.trim(),
                  industry: person.industry?.trim() || null,
                  photoUrl: values.photoUrl?.trim() || null,
                }
              : null,
          photoUrl: values.source === 'member' ? values.photoUrl?.trim() || null : null,
          categories: values.categories ?? [],
          citation: values.citation.trim(),
        },
      },
      { additionalTypenames: ['Nomination', 'HonorCampaign'] },
    );
    const answer = result.data?.nominate;
    if (!answers.succeeded(result.error, answer, 'Nomination')) return;
    onNominated();
    onClose();
  };

  return (
    <Modal
      open
      title={t('honor.nominate')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={state.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={720}
    >
      <Form<NominateValues>
        name="nominate"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          source: 'member',
          categories: [],
          organizationId: campaign.organizationId,
        }}
        style={{ marginTop: 16 }}
        data-testid="nominate-form"
      >
        <FormProblem message={answers.general} />
        <Form.Item name="source" label={t('honor.nominee.source')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'member', label: t('honor.nominee.fromMember') },
              { value: 'person', label: t('honor.nominee.newPerson') },
            ]}
          />
        </Form.Item>
        {source === 'member' ? (
          <Form.Item
            name="memberId"
            label={t('honor.nominee.member')}
            extra={t('honor.nominee.memberHint')}
            rules={[{ required: true, message: t('honor.nominee.memberRequired') }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={members.fetching}
              onChange={chooseMember}
              notFoundContent={
                term === '' ? t('honor.nominee.typeToSearch') : t('honor.nominee.noMember')
              }
              options={found.map((member) => ({
                value: member.id,
                label: `${member.name}（${label('sexes', member.sex)}，${member.employerName ?? member.organization.name}）`,
              }))}
            />
          </Form.Item>
        ) : (
          <>
            <Flex gap={16}>
              <Form.Item
                name={['person', 'name']}
                label={t('honor.nomination.name')}
                rules={[
                  { required: true, whitespace: true, message: t('honor.nominee.nameRequired') },
                ]}
                style={{ flex: 1 }}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={['person', 'sex']}
                label={t('honor.nomination.sex')}
                style={{ width: 160 }}
              >
                <Radio.Group
                  optionType="button"
                  options={(['MALE', 'FEMALE'] as const).map((sex) => ({
                    value: sex,
                    label: label('sexes', sex),
                  }))}
                />
              </Form.Item>
            </Flex>
            <Form.Item
              name={['person', 'employerName']}
              label={t('honor.nomination.employer')}
              rules={[
                { required: true, whitespace: true, message: t('honor.nominee.employerRequired') },
              ]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            <Flex gap={16}>
              <Form.Item
                name={['person', 'regionCode']}
                label={t('honor.nomination.region')}
                extra={t('honor.nominee.regionHint')}
                rules={[
                  { required: true, whitespace: true, message: t('honor.nominee.regionRequired') },
                ]}
                style={{ width: 200 }}
              >
                <Input maxLength={6} inputMode="numeric" autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={['person', 'industry']}
                label={t('honor.nomination.industry')}
                style={{ flex: 1 }}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Flex>
          </>
        )}
        <Form.Item
          name="organizationId"
          label={t('honor.nomination.union')}
          extra={t('honor.nominee.unionHint')}
        >
          <OrganizationPicker knownNames={{ [campaign.organizationId]: campaign.organizerName }} />
        </Form.Item>
        <Form.Item name="categories" label={t('honor.nomination.categories')}>
          <Checkbox.Group
            options={knownCategories.map((category) => ({
              value: category,
              label: categoryLabel(category, t),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="citation"
          label={t('honor.nomination.citation')}
          rules={[
            { required: true, whitespace: true, message: t('honor.nominee.citationRequired') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="photoUrl"
          label={t('honor.nomination.photoUrl')}
          extra={t('honor.nominee.photoHint')}
        >
          <Input maxLength={500} autoComplete="off" inputMode="url" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
