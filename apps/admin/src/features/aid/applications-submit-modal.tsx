import { SCHOOL_LEVELS, yuanToFen } from '@gonghui/domain';
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { applyValidationError } from '../../shared/apply-form-errors';
import { OrganizationPicker } from '../organization/organization-picker';
import { AidApplicantFilesQuery, SubmitAidApplicationMutation } from './applications-queries';
import { hardshipLabels } from './hardship-labels';

interface Values {
  programId: string;
  organizationId: string;
  applicantName: string;
  idNumber: string;
  phone?: string;
  householdIdNumbers?: string;
  householdSize: number;
  hardshipFileId?: string;
  facts?: {
    schoolLevel?: (typeof SCHOOL_LEVELS)[number];
    totalCostFen?: string;
    insuranceReimbursedFen?: string;
    otherReimbursedFen?: string;
    enrolled?: boolean;
    outOfPocketFen?: string;
    outdoorWorker?: boolean;
  };
  reduction?: { amountFen?: string; reason?: string };
  situation: string;
  consent: { givenBy: string; givenOn: Dayjs };
}

const submitFields = [
  'programId',
  'organizationId',
  'applicantName',
  'idNumber',
  'phone',
  'householdSize',
  'hardshipFileId',
  'facts.schoolLevel',
  'facts.totalCostFen',
  'facts.insuranceReimbursedFen',
  'facts.otherReimbursedFen',
  'facts.enrolled',
  'facts.outOfPocketFen',
  'facts.outdoorWorker',
  'reduction.amountFen',
  'reduction.reason',
  'situation',
  'consent.givenBy',
  'consent.givenOn',
];

const yuanFields = [
  'totalCostFen',
  'insuranceReimbursedFen',
  'otherReimbursedFen',
  'outOfPocketFen',
] as const;

/**
 * The facts typed for the program, yuan turned into fen (the domain's exact parser); a field
 * that does not parse is put under it and null returned.
 */
function factsInFen(
  facts: Values['facts'],
  setError: (name: (string | number)[], message: string) => void,
) {
  const result: Record<string, unknown> = {
    schoolLevel: facts?.schoolLevel ?? null,
    enrolled: facts?.enrolled ?? null,
    outdoorWorker: facts?.outdoorWorker ?? null,
  };
  let ok = true;
  for (const key of yuanFields) {
    const text = facts?.[key]?.trim();
    if (!text) continue;
    const amount = yuanToFen(text, key);
    if (amount.ok) result[key] = amount.value;
    else {
      setError(['facts', key], amount.error.message);
      ok = false;
    }
  }
  return ok ? result : null;
}

/**
 * 新建救助申请: the program, the applicant's hardship file (its category sets the amount of
 * 冬送温暖, 金秋助学 and 医疗救助), the facts the program's entitlement needs, the applicant, the
 * household (other members' ID numbers, one a line — the gateway keeps only blind indexes of
 * them), an optional explained reduction, the situation, and the applicant's consent (PIPL),
 * without which the gateway stores nothing. The amount itself is computed by the gateway from
 * the rules; the gateway's refusals show under the fields.
 */
export function SubmitAidApplicationModal({
  programs,
  onClose,
  onSubmitted,
}: {
  programs: readonly { id: string; name: string; kind: string }[];
  onClose: () => void;
  onSubmitted: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const labels = hardshipLabels(locale);
  const [form] = Form.useForm<Values>();
  const programId = Form.useWatch('programId', form);
  const kind = programs.find((program) => program.id === programId)?.kind ?? null;
  const [fileSearch, setFileSearch] = useState('');
  const [files] = useQuery({
    query: AidApplicantFilesQuery,
    variables: { search: fileSearch.trim() || null },
  });
  const fileNodes =
    files.data?.hardshipFiles.__typename === 'QueryHardshipFilesSuccess'
      ? files.data.hardshipFiles.data.edges.map(({ node }) => node)
      : [];
  const fileOptions = fileNodes.map((node) => ({
    value: node.id,
    label: `${node.workerName} · ${node.organizationName} · ${labels.category[node.category]}`,
  }));
  // The union of the chosen file is the applicant's union, unless one was chosen already.
  const [knownUnions, setKnownUnions] = useState<Record<string, string>>({});
  const chooseFile = (id: string | undefined) => {
    const file = fileNodes.find((node) => node.id === id);
    if (!file || form.getFieldValue('organizationId')) return;
    setKnownUnions((known) => ({ ...known, [file.organizationId]: file.organizationName }));
    form.setFieldValue('organizationId', file.organizationId);
  };
  const [state, submit] = useMutation(SubmitAidApplicationMutation);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <Modal
      open
      width={720}
      title={t('aid.money.submit.title')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ householdSize: 1, consent: { givenOn: dayjs() } }}
        onFinish={async (values) => {
          setProblems([]);
          const setError = (name: (string | number)[], message: string) =>
            form.setFields([{ name: name as never, errors: [message] }]);
          const facts = factsInFen(values.facts, setError);
          if (!facts) return;
          const reducedText = values.reduction?.amountFen?.trim();
          let reduction: { amountFen: number; reason: string } | null = null;
          if (reducedText) {
            const reduced = yuanToFen(reducedText, 'reduction.amountFen');
            if (!reduced.ok) {
              setError(['reduction', 'amountFen'], reduced.error.message);
              return;
            }
            reduction = { amountFen: reduced.value, reason: values.reduction?.reason ?? '' };
          }
          const answer = (
            await submit({
              input: {
                programId: values.programId,
                organizationId: values.organizationId,
                applicantName: values.applicantName,
                idNumber: values.idNumber,
                phone: values.phone?.trim() || null,
                householdIdNumbers: (values.householdIdNumbers ?? '')
                  .split(/\s+/)
                  .map((line) => line.trim())
                  .filter(Boolean),
                householdSize: values.householdSize,
                hardshipFileId: values.hardshipFileId ?? null,
                facts,
                reduction,
                situation: values.situation,
                consent: {
                  givenBy: values.consent.givenBy,
                  givenOn: values.consent.givenOn.format('YYYY-MM-DD'),
                },
              },
            })
          ).data?.submitAidApplication;
          if (!answer) {
            setProblems([t('error.serverBody')]);
            return;
          }
          if (answer.__typename === 'AidApplication') {
            onSubmitted(answer.id);
            return;
          }
          if (answer.__typename === 'ValidationError') {
            const rest = applyValidationError(form, answer, submitFields);
            setProblems(rest);
            return;
          }
          setProblems([
            'reasons' in answer && answer.reasons.length > 0
              ? answer.reasons.map((reason) => reason.message).join('；')
              : answer.message,
          ]);
        }}
      >
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={problems.join('；')}
            style={{ marginBottom: 16 }}
            data-testid="aid-submit-problem"
          />
        ) : null}
        <Form.Item
          name="programId"
          label={t('aid.money.program')}
          extra={t('aid.money.submit.amountHint')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <Select
            options={programs.map((program) => ({ value: program.id, label: program.name }))}
          />
        </Form.Item>
        <Form.Item
          name="hardshipFileId"
          label={t('aid.money.submit.file')}
          extra={t('aid.money.submit.fileHint')}
        >
          <Select
            allowClear
            showSearch
            filterOption={false}
            onSearch={setFileSearch}
            onChange={chooseFile}
            options={fileOptions}
            data-testid="aid-submit-file"
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('aid.money.union')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <OrganizationPicker knownNames={knownUnions} />
        </Form.Item>
        <Form.Item
          name="applicantName"
          label={t('aid.money.applicant')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('aid.money.idNumber')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('aid.money.phone')}>
          <Input maxLength={11} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="householdIdNumbers"
          label={t('aid.money.submit.household')}
          extra={t('aid.money.submit.householdHint')}
        >
          <Input.TextArea rows={2} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="householdSize"
          label={t('aid.money.householdSize')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <InputNumber min={1} max={30} precision={0} />
        </Form.Item>
        {kind === 'EDUCATION_AID' ? (
          <Form.Item name={['facts', 'schoolLevel']} label={t('aid.money.facts.schoolLevel')}>
            <Select
              options={SCHOOL_LEVELS.map((level) => ({
                value: level,
                label: labels.schoolLevel[level],
              }))}
            />
          </Form.Item>
        ) : null}
        {kind === 'MEDICAL_AID' ? (
          <>
            <Form.Item name={['facts', 'totalCostFen']} label={t('aid.money.facts.totalCost')}>
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item
              name={['facts', 'insuranceReimbursedFen']}
              label={t('aid.money.facts.insuranceReimbursed')}
            >
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item
              name={['facts', 'otherReimbursedFen']}
              label={t('aid.money.facts.otherReimbursed')}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        ) : null}
        {kind === 'MUTUAL_MEDICAL' ? (
          <>
            <Form.Item name={['facts', 'enrolled']} valuePropName="checked">
              <Checkbox>{t('aid.money.facts.enrolled')}</Checkbox>
            </Form.Item>
            <Form.Item name={['facts', 'outOfPocketFen']} label={t('aid.money.facts.outOfPocket')}>
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        ) : null}
        {kind === 'SUMMER_COOLING' ? (
          <Form.Item name={['facts', 'outdoorWorker']} valuePropName="checked">
            <Checkbox>{t('aid.money.facts.outdoorWorker')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item
          name={['reduction', 'amountFen']}
          label={t('aid.money.reduction.amount')}
          extra={t('aid.money.reduction.hint')}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name={['reduction', 'reason']} label={t('aid.money.reduction.reason')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="situation"
          label={t('aid.money.situation')}
          rules={[{ required: true, whitespace: true, message: t('aid.money.submit.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name={['consent', 'givenBy']}
          label={t('aid.money.submit.consentBy')}
          extra={t('aid.money.submit.consentHint')}
          rules={[
            { required: true, whitespace: true, message: t('aid.money.submit.consentRequired') },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name={['consent', 'givenOn']}
          label={t('aid.money.submit.consentOn')}
          rules={[{ required: true, message: t('aid.money.submit.required') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
