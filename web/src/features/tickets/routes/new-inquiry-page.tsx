import {
  Alert,
  Anchor,
  Autocomplete,
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
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import {
  inquiryCategories,
  inquiryChannels,
  isInquiryCategory,
  isInquiryChannel,
  useCreateInquiry,
  useCustomerLookup,
  type CustomerMatch,
  type Inquiry,
  type InquiryCategory,
  type InquiryChannel,
  type NewInquiry,
} from '../api/inquiries';
import { FreeText } from '../../../ui/free-text';

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
 * ready for the next call. The caller is found by customer number, name or the number he calls
 * from; a "new prospect" whose phone is already known is offered the existing customer instead.
 */
export function NewInquiryPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const errorText = useErrorText();
  const create = useCreateInquiry();
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [channel, setChannel] = useState<InquiryChannel>('phone');
  const [who, setWho] = useState<Who>('customer');
  const [customerText, setCustomerText] = useState('');
  const [customer, setCustomer] = useState<CustomerMatch | null>(null);
  const [prospect, setProspect] = useState({ name: '', phone: '', country: 'SA' });
  const [category, setCategory] = useState<InquiryCategory>('account');
  const [subject, setSubject] = useState('');
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [resolved, setResolved] = useState(false);
  const [lastSaved, setLastSaved] = useState<Inquiry | null>(null);

  // The caller: what the agent types in the customer field, or the prospect's phone.
  const [typed] = useDebouncedValue(who === 'customer' && !customer ? customerText.trim() : '', 250);
  const lookup = useCustomerLookup(typed);
  const matches = typed ? (lookup.data?.items ?? []) : [];
  const [typedPhone] = useDebouncedValue(who === 'prospect' ? prospect.phone.trim() : '', 400);
  const known = useCustomerLookup(typedPhone.replace(/\D/g, '').length >= 7 ? typedPhone : '');
  const knownMatches = who === 'prospect' && typedPhone ? (known.data?.items ?? []) : [];

  const errors = fieldErrors(create.error);
  const showGeneralError = create.error && !(isApiError(create.error) && create.error.errors.length > 0);

  const reset = () => {
    setCustomerText('');
    setCustomer(null);
    setProspect({ name: '', phone: '', country: 'SA' });
    // The next call starts from the first category again; the channel and the caller kind stay.
    setCategory('account');
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
        ? { customer_no: (customer?.customer_no ?? customerText).trim() }
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
        setLastSaved(created);
        reset();
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  const focusAfter = (element: HTMLElement | null) => {
    const next = formRef.current && element ? nextField(formRef.current, element) : null;
    next?.focus();
  };

  /** The caller turns out to be a customer already: the inquiry is linked to him, no prospect is made. */
  const chooseKnownCustomer = (match: CustomerMatch) => {
    setWho('customer');
    setCustomer(match);
    setCustomerText(match.customer_no);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // The customer list took the Enter (it chose the highlighted customer).
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      save();
      return;
    }
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    focusAfter(target);
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
            {lastSaved ? (
              <Text size="sm" c="teal.8" data-testid="last-inquiry">
                {t('inquiries.lastSaved')} <Ltr mono>{lastSaved.number}</Ltr>
                {lastSaved.customer_name ? (
                  <>
                    {' · '}
                    <bdi>{lastSaved.customer_name}</bdi>
                  </>
                ) : null}
              </Text>
            ) : null}
            {who === 'customer' ? (
              <Autocomplete
                ref={firstRef}
                label={t('inquiries.customer')}
                description={
                  customer ? (
                    <span data-testid="inquiry-customer-match">
                      <IconUserCheck size={12} style={{ verticalAlign: 'middle' }} /> <bdi>{customer.name}</bdi>{' '}
                      <Ltr mono>({customer.customer_no})</Ltr>
                    </span>
                  ) : (
                    t('inquiries.customerHint')
                  )
                }
                name="customer_no"
                required
                // Laid out by what is typed: a number or a phone left to right, an Arabic name right to left.
                attributes={{ input: { dir: 'auto' } }}
                autoFocus
                autoComplete="off"
                value={customerText}
                onChange={(value) => {
                  setCustomerText(value);
                  if (customer && value !== customer.customer_no) setCustomer(null);
                }}
                data={matches.map((m) => ({ value: m.customer_no, label: m.customer_no }))}
                filter={({ options }) => options}
                renderOption={({ option }) => {
                  const match = matches.find((m) => m.customer_no === option.value);
                  return match ? <MatchOption match={match} /> : option.value;
                }}
                onOptionSubmit={(value) => {
                  const match = matches.find((m) => m.customer_no === value);
                  if (!match) return;
                  setCustomer(match);
                  // Chosen: on to the next field, as Enter does elsewhere.
                  requestAnimationFrame(() => focusAfter(firstRef.current));
                }}
                comboboxProps={{ withinPortal: true }}
                error={errors.customer_no}
                data-testid="inquiry-customer"
              />
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="prospect-fields">
                <TextInput
                  ref={firstRef}
                  label={t('inquiries.prospectName')}
                  name="prospect.name"
                  required
                  attributes={{ input: { dir: 'auto' } }}
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
            {knownMatches.length > 0 ? (
              <Alert color="yellow" title={t('inquiries.phoneKnown')} data-testid="prospect-known">
                <Stack gap={6}>
                  {knownMatches.map((match) => (
                    <Group
                      key={match.customer_no}
                      justify="space-between"
                      wrap="nowrap"
                      data-customer={match.customer_no}
                    >
                      <MatchOption match={match} />
                      <Button size="xs" variant="light" onClick={() => chooseKnownCustomer(match)}>
                        {t('inquiries.useCustomer')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              </Alert>
            ) : null}
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
                attributes={{ input: { dir: 'auto' } }}
                value={subject}
                onChange={(event) => setSubject(event.currentTarget.value)}
                error={errors.subject}
              />
            </SimpleGrid>
            <FreeText
              label={t('inquiries.question')}
              name="question"
              value={question}
              onChange={(event) => setQuestion(event.currentTarget.value)}
              error={errors.question}
            />
            <FreeText
              label={t('inquiries.answer')}
              name="answer"
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
                <Kbd size="xs">Enter</Kbd> {t('inquiries.keysNext')} ·{' '}
                <bdi dir="ltr">
                  <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
                </bdi>{' '}
                {t('inquiries.keysSave')}
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

/** A customer in the lookup: name, number, masked mobile and whether a prospect. */
function MatchOption({ match }: { match: CustomerMatch }) {
  const { t } = useTranslation('tickets');
  return (
    <Stack gap={0} data-customer-option={match.customer_no} style={{ minWidth: 0 }}>
      <Text size="sm" truncate="end">
        <bdi>{match.name}</bdi>
      </Text>
      <Text size="xs" c="dimmed">
        <Ltr mono>{match.customer_no}</Ltr>
        {match.mobile_masked ? (
          <>
            {' · '}
            <Ltr>{match.mobile_masked}</Ltr>
          </>
        ) : null}
        {' · '}
        {match.type === 'prospect' ? t('inquiries.prospect') : t('inquiries.currentCustomer')}
      </Text>
    </Stack>
  );
}
