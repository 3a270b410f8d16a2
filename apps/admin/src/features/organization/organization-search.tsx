import { SearchOutlined } from '@ant-design/icons';
import { Flex, Select, Spin, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n-context';
import { describeTransportError } from '../../shared/api-errors';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { SearchOrganizationsQuery } from './organization-queries';
import { maxSearchLength, pathLabel, searchTerm } from './search-term';

interface SearchOption {
  value: string;
  label: string;
}

interface SearchHit {
  kind: string;
  path: string;
}

/** Finds an organisation anywhere in the hierarchy by part of its name; picking one selects it. */
export function OrganizationSearch({ onSelect }: { onSelect: (id: string) => void }) {
  const { t, orgKindLabel } = useI18n();
  const [input, setInput] = useState('');
  const term = searchTerm(useDebouncedValue(input, 250));
  const [result] = useQuery({
    query: SearchOrganizationsQuery,
    variables: { search: term ?? '' },
    pause: term === null,
  });

  const organizations = result.data?.organizations;
  const success = organizations?.__typename === 'QueryOrganizationsSuccess' ? organizations : null;
  const nodes = term === null || !success ? [] : success.data.edges.map((edge) => edge.node);
  const options: SearchOption[] = nodes.map((node) => ({ value: node.id, label: node.name }));
  // Shown in each option, but kept off the option objects (antd spreads those onto the DOM).
  const hits = new Map<string, SearchHit>(
    nodes.map((node) => [
      node.id,
      { kind: orgKindLabel(node.kind), path: pathLabel(node.ancestors) },
    ]),
  );

  let notFound: ReactNode = null;
  if (term !== null) {
    if (result.fetching || input.trim() !== term) notFound = <Spin size="small" />;
    else if (result.error)
      notFound = t('org.searchFailed', { message: describeTransportError(result.error).detail });
    else if (organizations && organizations.__typename !== 'QueryOrganizationsSuccess')
      notFound = organizations.message;
    else notFound = t('org.searchNoMatch');
  }

  const total = success?.data.totalCount ?? 0;

  return (
    <Select<string | null, SearchOption>
      aria-label={t('org.searchPlaceholder')}
      style={{ width: '100%' }}
      value={null}
      placeholder={t('org.searchPlaceholder')}
      suffixIcon={<SearchOutlined />}
      showSearch={{
        searchValue: input,
        onSearch: (value) => setInput(value.slice(0, maxSearchLength)),
        filterOption: false,
        autoClearSearchValue: false,
      }}
      options={options}
      notFoundContent={notFound}
      popupMatchSelectWidth={380}
      // Inside the sticky tree card: the list moves with its input when the page scrolls,
      // instead of being realigned under the pointer.
      getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
      onSelect={(id) => {
        if (id) onSelect(id);
        setInput('');
      }}
      optionRender={(option) => {
        const hit = hits.get(option.data.value);
        return (
          <Flex vertical gap={2} style={{ padding: '2px 0' }}>
            <Flex align="center" justify="space-between" gap={8}>
              <Typography.Text ellipsis strong>
                {option.data.label}
              </Typography.Text>
              <Tag style={{ marginInlineEnd: 0 }}>{hit?.kind}</Tag>
            </Flex>
            {hit?.path ? (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {hit.path}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      }}
      popupRender={(menu) => (
        <>
          {menu}
          {total > options.length && options.length > 0 ? (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', padding: '6px 12px', fontSize: 12 }}
            >
              {t('org.searchMore', { count: total, shown: options.length })}
            </Typography.Text>
          ) : null}
        </>
      )}
    />
  );
}
