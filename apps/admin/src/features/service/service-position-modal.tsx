import { DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { FormProblem, useFormAnswer } from '../../shared/form-answer';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  inputOfServiceForm,
  libraryLevels,
  type ServiceFormValues,
  serviceFormFields,
  serviceKinds,
  serviceStatuses,
} from './service-display';
import { CreateServicePositionMutation, UpdateServicePositionMutation } from './service-queries';

/**
 * 登记 / 修改服务阵地. A new position is registered under a union the viewer may manage; an
 * existing one keeps its union. The gateway checks every field (the domain's rules: GCJ-02
 * coordinates inside China, readable opening hours, the district within the union's city) and
 * its messages show under the fields they name.
 */
export function ServicePositionModal({
  editing,
  onClose,
  onSaved,
}: {
  editing: { id: string; values: ServiceFormValues } | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [form] = Form.useForm<ServiceFormValues>();
  const answers = useFormAnswer(form, serviceFormFields);
  const [created, create] = useMutation(CreateServicePositionMutation);
  const [updated, update] = useMutation(UpdateServicePositionMutation);
  const kind = Form.useWatch('kind', form);

  const submit = async (values: ServiceFormValues) => {
    answers.clear();
    const input = inputOfServiceForm(values);
    const context = { additionalTypenames: ['ServicePosition'] };
    const result = editing
      ? await update({ id: editing.id, input }, context)
      : await create({ organizationId: values.organizationId ?? '', input }, context);
    const answer =
      result.data && 'updateServicePosition' in result.data
        ? result.data.updateServicePosition
        : result.data && 'createServicePosition' in result.data
          ? result.data.createServicePosition
          : undefined;
    if (!answers.succeeded(result.error, answer, 'ServicePosition')) return;
    onSaved();
    onClose();
  };

  return (
    <Modal
      open
      title={editing ? t('service.edit') : t('service.create')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={created.fetching || updated.fetching}
      destroyOnHidden
      mask={{ closable: false }}
      width={720}
    >
      <Form<ServiceFormValues>
        name="servicePosition"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={
          editing?.values ?? {
            organizationId: viewer.homeOrganization.id,
            kind: 'OUTDOOR_WORKER_STATION',
            openingHours: '24小时',
            status: 'OPEN',
          }
        }
        style={{ marginTop: 16 }}
        data-testid="service-position-form"
      >
        <FormProblem message={answers.general} />
        {editing ? null : (
          <Form.Item
            name="organizationId"
            label={t('service.field.organization')}
            rules={[{ required: true, message: t('service.field.organizationRequired') }]}
          >
            <OrganizationPicker
              knownNames={{ [viewer.homeOrganization.id]: viewer.homeOrganization.name }}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('service.field.kind')} rules={[{ required: true }]}>
          <Select
            options={serviceKinds.map((value) => ({
              value,
              label: t(`service.kind.${value}`),
            }))}
          />
        </Form.Item>
        {kind === 'WORKER_LIBRARY' ? (
          <Form.Item name="libraryLevel" label={t('service.field.libraryLevel')}>
            <Select
              allowClear
              options={libraryLevels.map((value) => ({
                value,
                label: t(`service.level.${value}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('service.field.name')}
          rules={[{ required: true, whitespace: true, message: t('service.field.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('service.field.regionCode')}
          extra={t('service.field.regionCodeHint')}
          rules={[{ required: true, message: t('service.field.regionCodeRequired') }]}
        >
          <Input maxLength={6} inputMode="numeric" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('service.field.address')}
          rules={[
            { required: true, whitespace: true, message: t('service.field.addressRequired') },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('service.field.coordinates')}
          extra={t('service.field.coordinatesHint')}
        >
          <Input.Group compact>
            <Form.Item name="latitude" noStyle rules={[{ required: true }]}>
              <InputNumber
                aria-label={t('service.field.latitude')}
                placeholder={t('service.field.latitude')}
                step={0.000001}
                style={{ width: 180 }}
              />
            </Form.Item>
            <Form.Item name="longitude" noStyle rules={[{ required: true }]}>
              <InputNumber
                aria-label={t('service.field.longitude')}
                placeholder={t('service.field.longitude')}
                step={0.000001}
                style={{ width: 180 }}
              />
            </Form.Item>
          </Input.Group>
        </Form.Item>
        <Form.Item
          name="openingHours"
          label={t('service.field.openingHours')}
          extra={t('service.field.openingHoursHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="services"
          label={t('service.field.services')}
          extra={t('service.field.servicesHint')}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={600} />
        </Form.Item>
        <Form.Item name="capacity" label={t('service.field.capacity')}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="hostName" label={t('service.field.hostName')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="status" label={t('service.field.status')}>
          <Select
            options={serviceStatuses.map((value) => ({
              value,
              label: t(`service.status.${value}`),
            }))}
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="openedOn"
            label={t('service.field.openedOn')}
            extra={t('service.field.openedOnHelp')}
            getValueProps={(value: string | null) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD') ?? null}
          >
            <DatePicker style={{ width: 180 }} />
          </Form.Item>
          <Form.Item noStyle dependencies={['status']}>
            {({ getFieldValue }) =>
              getFieldValue('status') === 'CLOSED' ? (
                <Form.Item
                  name="closedOn"
                  label={t('service.field.closedOn')}
                  extra={t('service.field.closedOnHelp')}
                  getValueProps={(value: string | null) => ({ value: value ? dayjs(value) : null })}
                  normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD') ?? null}
                >
                  <DatePicker style={{ width: 180 }} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
