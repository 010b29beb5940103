import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Kbd,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import {
  inquiryCategories,
  inquiryChannels,
  isInquiryCategory,
  isInquiryChannel,
  useCreateInquiry,
  type InquiryCategory,
  type InquiryChannel,
  type NewInquiry,
} from '../api/inquiries';

type Who = 'customer' | 'prospect';

/** The next field of the form after `from` (a radio group counts once, by its checked radio). */
function nextField(form: HTMLFormElement, from: Element): HTMLElement | null {
  const fields = [
    ...form.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea, button[type="submit"]'),
  ].filter(
    (el) =>
      !(el as HTMLInputElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el !== from),
  );
  const index = fields.indexOf(from as HTMLElement);
  return index >= 0 ? (fields[index + 1] ?? null) : null;
}

/**
 * Logging an inquiry while on the phone: the cursor starts in the first field, Enter moves on
 * (a new line in the long texts), Ctrl+Enter saves from anywhere, and after saving the form is
 * ready for the next call.
 */
export function NewInquiryPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const errorText = useErrorText();
  const create = useCreateInquiry();
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [channel, setChannel] = useState<InquiryChannel>('phone');
  const [who, setWho] = useState<Who>('customer');
  const [customerNo, setCustomerNo] = useState('');
  const [prospect, setProspect] = useState({ name: '', phone: '', country: 'SA' });
  const [category, setCategory] = useState<InquiryCategory>('account');
  const [subject, setSubject] = useState('');
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [resolved, setResolved] = useState(false);

  const errors = fieldErrors(create.error);
  const showGeneralError = create.error && !(isApiError(create.error) && create.error.errors.length > 0);

  const reset = () => {
    setCustomerNo('');
    setProspect({ name: '', phone: '', country: 'SA' });
    setSubject('');
    setQuestion('');
    setAnswer('');
    setResolved(false);
    create.reset();
    firstRef.current?.focus();
  };

  const save = () => {
    if (create.isPending) return;
    const body: NewInquiry = {
      channel,
      category,
      subject: subject.trim(),
      question: question.trim(),
      first_contact_resolved: resolved,
      ...(answer.trim() ? { answer: answer.trim() } : {}),
      ...(who === 'customer'
        ? { customer_no: customerNo.trim() }
        : {
            prospect: {
              name: prospect.name.trim(),
              country: prospect.country.trim().toUpperCase() || 'SA',
              ...(prospect.phone.trim() ? { phone: prospect.phone.trim() } : {}),
            },
          }),
    };
    create.mutate(body, {
      onSuccess: (created) => {
        notifySuccess(t('inquiries.created', { number: created.number }));
        reset();
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      save();
      return;
    }
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    const next = formRef.current ? nextField(formRef.current, target) : null;
    next?.focus();
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('inquiries.newTitle')}
        subtitle={t('inquiries.newSubtitle')}
        actions={
          <Anchor component={Link} to="/inquiries" size="sm">
            {t('inquiries.list')}
          </Anchor>
        }
      />
      <Card withBorder padding="md" radius="md" maw={860}>
        <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="new-inquiry-form">
          <Stack gap="sm">
            {showGeneralError ? (
              <Alert color="red" role="alert">
                {errorText(create.error)}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('inquiries.channel')}
                </Text>
                <SegmentedControl
                  name="channel"
                  value={channel}
                  onChange={(value) => isInquiryChannel(value) && setChannel(value)}
                  data={inquiryChannels.map((c) => ({ value: c, label: t(`inquiries.channels.${c}`) }))}
                  data-testid="inquiry-channel"
                />
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('inquiries.who')}
                </Text>
                <SegmentedControl
                  name="who"
                  value={who}
                  onChange={(value) => setWho(value === 'prospect' ? 'prospect' : 'customer')}
                  data={[
                    { value: 'customer', label: t('inquiries.existingCustomer') },
                    { value: 'prospect', label: t('inquiries.newProspect') },
                  ]}
                  data-testid="inquiry-who"
                />
              </Stack>
            </SimpleGrid>
            {who === 'customer' ? (
              <TextInput
                ref={firstRef}
                label={t('new.customerNo')}
                name="customer_no"
                required
                dir="ltr"
                autoFocus
                value={customerNo}
                onChange={(event) => setCustomerNo(event.currentTarget.value)}
                error={errors.customer_no}
              />
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="prospect-fields">
                <TextInput
                  ref={firstRef}
                  label={t('inquiries.prospectName')}
                  name="prospect.name"
                  required
                  dir="auto"
                  autoFocus
                  value={prospect.name}
                  onChange={(event) => {
                    const name = event.currentTarget.value;
                    setProspect((p) => ({ ...p, name }));
                  }}
                  error={
                    errors['prospect.name'] ??
                    (errors.prospect && !errors['prospect.phone'] ? errors.prospect : undefined)
                  }
                />
                <TextInput
                  label={t('inquiries.prospectPhone')}
                  name="prospect.phone"
                  type="tel"
                  dir="ltr"
                  value={prospect.phone}
                  onChange={(event) => {
                    const phone = event.currentTarget.value;
                    setProspect((p) => ({ ...p, phone }));
                  }}
                  error={errors['prospect.phone']}
                />
                <TextInput
                  label={t('inquiries.prospectCountry')}
                  name="prospect.country"
                  dir="ltr"
                  maxLength={2}
                  value={prospect.country}
                  onChange={(event) => {
                    const country = event.currentTarget.value.toUpperCase();
                    setProspect((p) => ({ ...p, country }));
                  }}
                  error={errors['prospect.country']}
                />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('new.category')}
                name="category"
                value={category}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isInquiryCategory(value)) setCategory(value);
                }}
                data={inquiryCategories.map((c) => ({ value: c, label: t(`inquiries.categories.${c}`) }))}
                error={errors.category}
              />
              <TextInput
                label={t('new.subject')}
                name="subject"
                required
                dir="auto"
                value={subject}
                onChange={(event) => setSubject(event.currentTarget.value)}
                error={errors.subject}
              />
            </SimpleGrid>
            <Textarea
              label={t('inquiries.question')}
              name="question"
              dir="auto"
              autosize
              minRows={3}
              maxRows={10}
              value={question}
              onChange={(event) => setQuestion(event.currentTarget.value)}
              error={errors.question}
            />
            <Textarea
              label={t('inquiries.answer')}
              name="answer"
              dir="auto"
              autosize
              minRows={3}
              maxRows={10}
              value={answer}
              onChange={(event) => setAnswer(event.currentTarget.value)}
              error={errors.answer}
            />
            <Switch
              label={t('inquiries.firstContactResolved')}
              description={t('inquiries.firstContactHint')}
              name="first_contact_resolved"
              checked={resolved}
              onChange={(event) => setResolved(event.currentTarget.checked)}
              error={errors.first_contact_resolved}
            />
            <Group justify="space-between" mt="md" wrap="wrap">
              <Text size="xs" c="dimmed">
                <Kbd size="xs">Enter</Kbd> {t('inquiries.keysNext')} · <Kbd size="xs">Ctrl</Kbd>+
                <Kbd size="xs">Enter</Kbd> {t('inquiries.keysSave')}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={reset}>
                  {t('inquiries.clear')}
                </Button>
                <Button type="submit" loading={create.isPending} data-testid="submit-inquiry">
                  {t('inquiries.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
