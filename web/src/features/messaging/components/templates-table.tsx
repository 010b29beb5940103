import { ActionIcon, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { Template } from '../api/messaging';
import { TemplateStatusBadge } from './badges';

type Props = {
  templates: Template[];
  canEdit: boolean;
  canApprove: boolean;
  onEdit: (template: Template) => void;
  onApprove: (template: Template) => void;
  onArchive: (template: Template) => void;
};

export function TemplatesTable({ templates, canEdit, canApprove, onEdit, onApprove, onArchive }: Props) {
  const { t } = useTranslation(['messaging', 'common']);
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="templates-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('templates.columns.name')}</Table.Th>
            <Table.Th>{t('templates.columns.purpose')}</Table.Th>
            <Table.Th>{t('templates.columns.channel')}</Table.Th>
            <Table.Th>{t('templates.columns.body')}</Table.Th>
            <Table.Th miw={110}>{t('templates.columns.status')}</Table.Th>
            <Table.Th>{t('templates.columns.updated')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('templates.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.map((template) => (
            <Table.Tr
              key={template.id}
              data-template={template.name}
              data-template-id={template.id}
              data-status={template.status}
            >
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    <bdi>{template.name}</bdi>
                  </Text>
                  <Tooltip label={t('templates.versionHint')}>
                    <Badge
                      variant="outline"
                      color="gray"
                      size="sm"
                      tt="none"
                      style={{ flexShrink: 0 }}
                      data-testid="template-version"
                    >
                      <Ltr>{`v${template.version}`}</Ltr>
                    </Badge>
                  </Tooltip>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`purpose.${template.purpose}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`channel.${template.channel}`)} · {t(`language.${template.language}`)}
                </Text>
                {template.channel === 'sms' && template.max_segments ? (
                  <Text size="xs" c="dimmed">
                    {t('templates.maxSegments', { count: template.max_segments })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td maw={300}>
                {template.subject ? (
                  <Text size="sm" fw={500} lineClamp={1} dir="auto">
                    {template.subject}
                  </Text>
                ) : null}
                <Text size="sm" c="dimmed" lineClamp={2} dir="auto" data-testid="template-body-text">
                  {template.body}
                </Text>
              </Table.Td>
              <Table.Td>
                <TemplateStatusBadge status={template.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <bdi>{formatDateTime(template.updated_at, locale)}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  {canEdit && template.status !== 'archived' ? (
                    <Tooltip label={t('common:actions.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common:actions.edit')}
                        onClick={() => onEdit(template)}
                        data-action="edit"
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                  {canApprove && template.status === 'draft' ? (
                    <Tooltip label={t('templates.approve')}>
                      <ActionIcon
                        variant="subtle"
                        color="teal"
                        aria-label={t('templates.approve')}
                        onClick={() => onApprove(template)}
                        data-action="approve"
                      >
                        <IconCircleCheck size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                  {canApprove && template.status !== 'archived' ? (
                    <Tooltip label={t('templates.archive')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('templates.archive')}
                        onClick={() => onArchive(template)}
                        data-action="archive"
                      >
                        <IconArchive size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
