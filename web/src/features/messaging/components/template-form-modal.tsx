import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { NumberField } from '../../../ui/number-field';
import { notifySuccess } from '../../../ui/notify';
import {
  channels,
  messagePurposes,
  pick,
  templateLanguages,
  useCreateTemplate,
  useUpdateTemplate,
  type Channel,
  type MessagePurpose,
  type Template,
  type TemplateLanguage,
  type UpdateTemplateInput,
} from '../api/messaging';
import { SmsCounter } from './sms-counter';
import { FreeText } from '../../../ui/free-text';

/** The variables the server fills in (server/src/modules/messaging/domain/templates.ts). */
const variables = [
  'name',
  'amount',
  'currency',
  'due_date',
  'company',
  'contract_no',
  'installment_no',
  'ticket_no',
  'agent',
  'offer',
  'link',
] as const;

type Props = { opened: boolean; onClose: () => void; template?: Template };

/** Draft a template, or edit one when `template` is given (an approved one gets a new draft version). */
export function TemplateFormModal({ opened, onClose, template }: Props) {
  const { t } = useTranslation('messaging');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="80rem"
      title={
        template ? (
          <>
            {t('templates.editTitle')} <bdi>{template.name}</bdi>
          </>
        ) : (
          t('templates.createTitle')
        )
      }
    >
      {opened ? <TemplateForm key={template?.id ?? 'new'} template={template} onDone={onClose} /> : null}
    </Modal>
  );
}

function TemplateForm({ template, onDone }: { template?: Template; onDone: () => void }) {
  const { t } = useTranslation(['messaging', 'common']);
  const errorText = useErrorText();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const mutation = template ? update : create;
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const [name, setName] = useState(template?.name ?? '');
  const [purpose, setPurpose] = useState<MessagePurpose | null>(template?.purpose ?? null);
  const [channel, setChannel] = useState<Channel>(template?.channel ?? 'sms');
  const [language, setLanguage] = useState<TemplateLanguage>(template?.language ?? 'ar');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [html, setHtml] = useState(template?.html ?? '');
  const [maxSegments, setMaxSegments] = useState<number>(template?.max_segments ?? 1);
  // P1-1: a reminder or thanks is one segment, whatever was stored before.
  const oneSegment = purpose === 'reminder' || purpose === 'thanks';
  const segments = oneSegment ? 1 : maxSegments;

  const errors = fieldErrors(mutation.error);
  const showGeneralError = mutation.error && !(isApiError(mutation.error) && mutation.error.errors.length > 0);
  const sms = channel === 'sms';
  const textDir = language === 'ar' ? 'rtl' : 'ltr';

  const insertVariable = (variable: string) => {
    const box = bodyRef.current;
    const token = `{${variable}}`;
    const start = box?.selectionStart ?? body.length;
    const end = box?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template) {
      create.mutate(
        {
          name: name.trim(),
          purpose: (purpose ?? undefined) as MessagePurpose,
          channel,
          language,
          body,
          max_segments: Number.isInteger(segments) ? segments : 1,
          ...(!sms && subject.trim() && { subject: subject.trim() }),
          ...(!sms && html.trim() && { html }),
        },
        {
          onSuccess: () => {
            notifySuccess(t('templates.created'));
            onDone();
          },
        },
      );
      return;
    }
    const changes: UpdateTemplateInput = {};
    if (name.trim() !== template.name) changes.name = name.trim();
    if (body !== template.body) changes.body = body;
    if (sms && Number.isInteger(segments) && segments !== template.max_segments) changes.max_segments = segments;
    if (!sms && subject.trim() !== (template.subject ?? '')) changes.subject = subject.trim() || null;
    if (!sms && html !== (template.html ?? '')) changes.html = html.trim() ? html : null;
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(
      { id: template.id, changes },
      {
        onSuccess: (saved) => {
          notifySuccess(
            saved.id === template.id ? t('templates.updated') : t('templates.newVersion', { version: saved.version }),
          );
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="template-form">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: sms ? 7 : 12 }}>
          <Stack gap="sm">
            {template?.status === 'approved' ? (
              <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="new-version-note">
                {t('templates.approvedEditNote', { version: template.version })}
              </Alert>
            ) : null}
            {showGeneralError ? (
              <Alert color="red" role="alert" data-testid="template-error">
                {errorText(mutation.error)}
              </Alert>
            ) : null}
            <TextInput
              label={t('templates.fields.name')}
              name="name"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              attributes={{ input: { dir: 'auto' } }}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('templates.fields.purpose')}
                name="purpose"
                data-testid="template-purpose"
                required
                disabled={Boolean(template)}
                data={messagePurposes.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
                value={purpose}
                onChange={(value) => setPurpose(pick(messagePurposes, value) ?? null)}
                error={errors.purpose}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('templates.fields.channel')}
                name="channel"
                data-testid="template-channel"
                required
                disabled={Boolean(template)}
                data={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                value={channel}
                onChange={(value) => setChannel(pick(channels, value) ?? channel)}
                error={errors.channel}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('templates.fields.language')}
                name="language"
                data-testid="template-language"
                required
                disabled={Boolean(template)}
                data={templateLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
                value={language}
                onChange={(value) => setLanguage(pick(templateLanguages, value) ?? language)}
                error={errors.language}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            {!sms ? (
              <TextInput
                label={t('templates.fields.subject')}
                name="subject"
                required
                dir={textDir}
                value={subject}
                onChange={(event) => setSubject(event.currentTarget.value)}
                error={errors.subject}
              />
            ) : null}
            <Stack gap={4}>
              <FreeText
                ref={bodyRef}
                label={sms ? t('templates.fields.smsBody') : t('templates.fields.emailBody')}
                description={t('templates.fields.bodyHint')}
                name="body"
                data-testid="template-body"
                required
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                error={errors.body}
              />
              <Group gap={4} wrap="wrap" data-testid="template-variables">
                <Text size="xs" c="dimmed">
                  {t('templates.insertVariable')}
                </Text>
                {variables.map((v) => (
                  <UnstyledButton
                    key={v}
                    onClick={() => insertVariable(v)}
                    data-variable={v}
                    aria-label={t('templates.insert', { variable: `{${v}}` })}
                    className="tw-link"
                    fz="xs"
                  >
                    <Ltr mono>{`{${v}}`}</Ltr>
                  </UnstyledButton>
                ))}
              </Group>
            </Stack>
            {sms ? (
              <NumberField
                label={t('templates.fields.maxSegments')}
                description={oneSegment ? t('templates.fields.oneSegmentOnly') : t('templates.fields.maxSegmentsHint')}
                name="max_segments"
                data-testid="template-max-segments"
                w={220}
                value={segments}
                disabled={oneSegment}
                onChange={setMaxSegments}
                error={errors.max_segments}
              />
            ) : (
              <Textarea
                label={t('templates.fields.html')}
                description={t('templates.fields.htmlHint')}
                name="html"
                dir="ltr"
                autosize
                minRows={3}
                maxRows={12}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={html}
                onChange={(event) => setHtml(event.currentTarget.value)}
                error={errors.html}
              />
            )}
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={onDone}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending} data-testid="template-save">
                {template ? t('common:actions.save') : t('templates.saveDraft')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        {sms ? (
          <Grid.Col span={{ base: 12, md: 5 }}>
            {/* Beside the text on a wide screen, under it on a narrow one. */}
            <SmsCounter
              body={body}
              maxSegments={Number.isInteger(segments) && segments > 0 ? segments : 1}
              dir={textDir}
            />
          </Grid.Col>
        ) : null}
      </Grid>
    </form>
  );
}
