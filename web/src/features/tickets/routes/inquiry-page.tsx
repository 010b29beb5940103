import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconMail, IconTicket } from '@tabler/icons-react';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/session';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import {
  inquiryAttachmentUrl,
  inquiryCategories,
  isInquiryCategory,
  isInquiryChannel,
  useInquiry,
  useInquiryChange,
  type InquiryDetail,
} from '../api/inquiries';
import { isCategory, ticketCategories, type TicketCategory } from '../api/tickets';
import { CategoryFields, fieldsFor } from '../components/category-fields';
import { MessageCard } from '../components/conversation';
import { isAutomatic } from '../components/ticket-badges';
import { RecordPage } from '../components/record-page';
import { FaxUpload } from '../components/fax-upload';
import { FileList } from '../components/ticket-attachments';
import { FreeText } from '../../../ui/free-text';

const route = getRouteApi('/signed-in/inquiries/$id');

/**
 * One inquiry: what the customer asked (the mail, the fax's document), the answer — typed after
 * a call or sent by email in Arabic — and, when another group must act, a ticket made from it.
 */
export function InquiryPage() {
  const { t } = useTranslation('tickets');
  const { id } = route.useParams();
  const inquiry = useInquiry(id);
  return (
    <RecordPage
      query={inquiry}
      back={{ to: '/inquiries', label: t('inquiry.back'), testId: 'back-to-inquiries' }}
      notFound={{ text: t('inquiry.notFound'), testId: 'inquiry-not-found' }}
    >
      {(data) => <InquiryView inquiry={data} />}
    </RecordPage>
  );
}

function InquiryView({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const channel = isInquiryChannel(inquiry.channel) ? t(`inquiries.channels.${inquiry.channel}`) : inquiry.channel;
  return (
    <Stack gap="md" data-testid="inquiry-page" data-status={inquiry.status} data-version={inquiry.version}>
      <Card withBorder padding="md" radius="md">
        <Stack gap="xs">
          <Group gap="sm" wrap="wrap">
            <Title order={2} fz="h3" data-testid="inquiry-number">
              <Ltr mono>{inquiry.number}</Ltr>
            </Title>
            <Badge variant="light" color={inquiry.status === 'answered' ? 'teal' : 'blue'}>
              {inquiry.status === 'answered' ? t('inquiries.answered') : t('inquiries.open')}
            </Badge>
            {inquiry.first_contact_resolved ? (
              <Badge variant="outline" color="teal">
                {t('inquiries.fcr')}
              </Badge>
            ) : null}
            <Badge variant="default">{channel}</Badge>
          </Group>
          <Text fw={600} dir="auto" data-testid="inquiry-subject">
            {inquiry.subject}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(inquiry.created_at, locale)}
            {inquiry.created_by ? (
              <>
                {' · '}
                <bdi>{isAutomatic(inquiry.created_by) ? t('inquiries.automatic') : inquiry.created_by}</bdi>
              </>
            ) : null}
          </Text>
        </Stack>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder padding="md" radius="md">
              <Text fw={600} size="sm" mb={4}>
                {t('inquiries.question')}
              </Text>
              <Text
                size="sm"
                dir="auto"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="inquiry-question"
              >
                {inquiry.question || '—'}
              </Text>
            </Card>
            {inquiry.messages.length > 0 ? (
              <Card withBorder padding="md" radius="md" data-testid="inquiry-messages">
                <Text fw={600} size="sm" mb="sm">
                  {t('ticket.conversation')}
                </Text>
                <Stack gap="sm">
                  {inquiry.messages.map((m) => (
                    <MessageCard key={m.id} message={m} />
                  ))}
                </Stack>
              </Card>
            ) : null}
            <Card withBorder padding="md" radius="md">
              <Text fw={600} size="sm" mb="sm">
                {t('inquiry.documents')}
              </Text>
              <div data-testid="inquiry-documents">
                <FileList files={inquiry.attachments} urlOf={(a) => inquiryAttachmentUrl(inquiry.id, a.id)} />
              </div>
              <FaxUpload inquiryId={inquiry.id} />
            </Card>
            <AnswerCard inquiry={inquiry} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <CustomerCard inquiry={inquiry} />
            <TicketCard inquiry={inquiry} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CustomerCard({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const change = useInquiryChange(inquiry.id);
  const [customerNo, setCustomerNo] = useState('');
  const errors = fieldErrors(change.error);

  const link = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { kind: 'answer', body: { customer_no: customerNo.trim(), version: inquiry.version } },
      { onSuccess: () => notifySuccess(t('inquiry.linked')) },
    );
  };

  return (
    <Card withBorder padding="md" radius="md" data-testid="inquiry-customer">
      <Text fw={600} size="sm" mb="xs">
        {t('inquiries.customer')}
      </Text>
      {inquiry.customer_no ? (
        <Stack gap={2}>
          <Link
            to="/customers/$customerNo"
            params={{ customerNo: inquiry.customer_no }}
            className="tw-link"
            data-testid="inquiry-customer-link"
          >
            <bdi>{inquiry.customer_name}</bdi>
          </Link>
          <Text size="xs" c="dimmed">
            <Ltr mono>{inquiry.customer_no}</Ltr>
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('inquiry.noCustomer')}
        </Text>
      )}
      {inquiry.requester_email ? (
        <Text size="sm" mt="xs">
          <Ltr mono>{inquiry.requester_email}</Ltr>
        </Text>
      ) : null}
      {!inquiry.customer_no ? (
        <form onSubmit={link} noValidate>
          <Stack gap="xs" mt="sm">
            <TextInput
              label={t('inquiry.linkCustomer')}
              name="customer_no"
              dir="ltr"
              value={customerNo}
              onChange={(event) => setCustomerNo(event.currentTarget.value)}
              error={errors.customer_no}
            />
            {change.error && !errors.customer_no ? (
              <Alert color="red" role="alert">
                {errorText(change.error)}
              </Alert>
            ) : null}
            <Button type="submit" variant="light" size="xs" disabled={!customerNo.trim()} loading={change.isPending}>
              {t('inquiry.link')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}

/** The answer as typed after a call, or sent to the customer by email (Arabic, right to left). */
function AnswerCard({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const change = useInquiryChange(inquiry.id);
  // What the agent has changed; every other field shows the server's copy, so an answer sent by
  // email or someone else's save shows at once, and what the agent typed is never overwritten.
  const [edits, setEdits] = useState<{ answer?: string; category?: string; resolved?: boolean }>({});
  const answer = edits.answer ?? inquiry.answer ?? '';
  const category = edits.category ?? inquiry.category;
  const resolved = edits.resolved ?? inquiry.first_contact_resolved;
  const [mail, setMail] = useState('');
  const errors = fieldErrors(change.error);
  const canMail = Boolean(inquiry.requester_email || inquiry.customer_no);

  const save = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      {
        kind: 'answer',
        body: {
          ...(answer.trim() ? { answer: answer.trim() } : {}),
          ...(isInquiryCategory(category) ? { category } : {}),
          first_contact_resolved: resolved,
          version: inquiry.version,
        },
      },
      {
        onSuccess: () => {
          setEdits({});
          notifySuccess(t('inquiry.saved'));
        },
      },
    );
  };

  const send = () =>
    change.mutate(
      { kind: 'reply', body: { body: mail.trim() } },
      {
        onSuccess: () => {
          setMail('');
          notifySuccess(t('inquiry.mailQueued'));
        },
      },
    );

  return (
    <Card withBorder padding="md" radius="md" data-testid="inquiry-answer">
      <Stack gap="sm">
        {change.error ? (
          <Alert color="red" role="alert" data-testid="inquiry-error">
            {isApiError(change.error) && change.error.status === 409 ? t('inquiry.conflict') : errorText(change.error)}
          </Alert>
        ) : null}
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('inquiries.answer')}
            </Text>
            <FreeText
              name="answer"
              value={answer}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setEdits((e) => ({ ...e, answer: value }));
              }}
              error={errors.answer}
            />
            <Group gap="md" align="flex-end" wrap="wrap">
              <NativeSelect
                label={t('columns.category')}
                name="category"
                data={inquiryCategories.map((c) => ({ value: c, label: t(`inquiries.categories.${c}`) }))}
                value={category}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setEdits((e) => ({ ...e, category: value }));
                }}
              />
              <Switch
                label={t('inquiries.firstContactResolved')}
                name="first_contact_resolved"
                checked={resolved}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setEdits((e) => ({ ...e, resolved: checked }));
                }}
              />
              <Button type="submit" loading={change.isPending} data-testid="save-answer" ms="auto">
                {t('inquiry.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        {canMail ? (
          <Stack gap="xs" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Text fw={600} size="sm">
              {t('inquiry.mailTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('inquiry.mailHint')}
            </Text>
            <FreeText
              name="mail"
              value={mail}
              onChange={(event) => setMail(event.currentTarget.value)}
              data-testid="inquiry-mail-body"
            />
            <Group justify="flex-end">
              <Button
                leftSection={<IconMail size={16} />}
                variant="light"
                disabled={!mail.trim()}
                loading={change.isPending}
                onClick={send}
                data-testid="send-mail"
              >
                {t('inquiry.sendMail')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The ticket made from the inquiry, or the button that makes one (with the category's fields). */
function TicketCard({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation('tickets');
  const { user } = useSession();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const change = useInquiryChange(inquiry.id);
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<TicketCategory | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [description, setDescription] = useState(inquiry.question);
  const errors = fieldErrors(change.error);

  if (inquiry.ticket_id) {
    return (
      <Card withBorder padding="md" radius="md" data-testid="inquiry-ticket">
        <Link
          to="/tickets/$id"
          params={{ id: inquiry.ticket_id }}
          className="tw-link"
          data-testid="inquiry-ticket-link"
        >
          <Group gap={6} wrap="nowrap">
            <IconTicket size={16} />
            {t('inquiry.openTicket')}
          </Group>
        </Link>
      </Card>
    );
  }
  // Admins do not open tickets (the server's ticketCreateRoles).
  if (!user || user.role === 'admin') return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      {
        kind: 'ticket',
        body: { category: category ?? '', description: description.trim(), fields: fieldsFor(category, fields) },
      },
      {
        onSuccess: (created) => {
          setOpen(false);
          if (created && 'number' in created) {
            notifySuccess(t('new.created', { number: created.number }));
            void navigate({ to: '/tickets/$id', params: { id: created.id } });
          }
        },
      },
    );
  };

  return (
    <Card withBorder padding="md" radius="md" data-testid="inquiry-ticket">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('inquiry.ticketHint')}
        </Text>
        <Button
          variant="light"
          leftSection={<IconTicket size={16} />}
          disabled={!inquiry.customer_no}
          onClick={() => setOpen(true)}
          data-testid="make-ticket"
        >
          {t('inquiry.makeTicket')}
        </Button>
        {!inquiry.customer_no ? (
          <Text size="xs" c="dimmed">
            {t('inquiry.ticketNeedsCustomer')}
          </Text>
        ) : null}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('inquiry.makeTicket')} size="lg" centered>
        <form onSubmit={submit} noValidate data-testid="inquiry-ticket-form">
          <Stack gap="sm">
            {change.error && !(isApiError(change.error) && change.error.errors.length > 0) ? (
              <Alert color="red" role="alert">
                {errorText(change.error)}
              </Alert>
            ) : null}
            <NativeSelect
              label={t('new.category')}
              name="category"
              required
              data={[
                { value: '', label: '—' },
                ...ticketCategories.map((c) => ({ value: c, label: t(`category.${c}`) })),
              ]}
              value={category ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setCategory(isCategory(value) ? value : null);
              }}
              error={errors.category}
            />
            <FreeText
              label={t('new.description')}
              name="description"
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={errors.description}
            />
            <CategoryFields
              category={category}
              values={fields}
              onChange={(name, value) => setFields((previous) => ({ ...previous, [name]: value }))}
              errors={errors}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={change.isPending} disabled={!category} data-testid="submit-inquiry-ticket">
                {t('inquiry.makeTicket')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
