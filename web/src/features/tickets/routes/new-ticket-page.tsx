import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import {
  isCategory,
  mandatoryFieldsOf,
  phoneFields,
  ticketCategories,
  useCreateTicket,
  type TicketCategory,
} from '../api/tickets';

export function NewTicketPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreateTicket();
  const [customerNo, setCustomerNo] = useState('');
  const [category, setCategory] = useState<TicketCategory | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  // Kept across category changes, so switching back does not lose what was typed.
  const [fields, setFields] = useState<Record<string, string>>({});

  const mandatory = mandatoryFieldsOf(category);
  const errors = fieldErrors(create.error);
  const showGeneralError = create.error && !(isApiError(create.error) && create.error.errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sent: Record<string, string> = {};
    for (const name of mandatory) sent[name] = (fields[name] ?? '').trim();
    create.mutate(
      {
        customer_no: customerNo.trim(),
        category: category ?? '',
        subject: subject.trim(),
        description: description.trim(),
        fields: sent,
      },
      {
        onSuccess: (created) => {
          notifySuccess(t('new.created', { number: created.number }));
          void navigate({ to: '/tickets/$id', params: { id: created.id } });
        },
      },
    );
  };

  return (
    <Stack gap={0}>
      <PageHeader title={t('new.title')} subtitle={t('new.subtitle')} />
      <Card withBorder padding="md" radius="md" maw={860}>
        <form onSubmit={submit} noValidate data-testid="new-ticket-form">
          <Stack gap="sm">
            {showGeneralError ? (
              <Alert color="red" role="alert">
                {errorText(create.error)}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('new.customerNo')}
                name="customer_no"
                required
                dir="ltr"
                autoFocus
                value={customerNo}
                onChange={(event) => setCustomerNo(event.currentTarget.value)}
                error={errors.customer_no}
              />
              <Select
                label={t('new.category')}
                name="category"
                required
                data={ticketCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                value={category}
                onChange={(value) => setCategory(value && isCategory(value) ? value : null)}
                error={errors.category}
                data-testid="new-ticket-category"
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <TextInput
              label={t('new.subject')}
              name="subject"
              required
              dir="auto"
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              error={errors.subject}
            />
            <Textarea
              label={t('new.description')}
              name="description"
              dir="auto"
              autosize
              minRows={4}
              maxRows={12}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={errors.description}
            />
            {mandatory.length > 0 ? (
              <Stack gap="xs" data-testid="mandatory-fields">
                <Text fw={600} size="sm">
                  {t('new.mandatory')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {mandatory.map((name) => (
                    <TextInput
                      key={name}
                      label={t(`field.${name}`)}
                      name={`fields.${name}`}
                      required
                      dir={
                        name === 'waybill_no' || name === 'claim_amount' || phoneFields.includes(name) ? 'ltr' : 'auto'
                      }
                      type={phoneFields.includes(name) ? 'tel' : 'text'}
                      inputMode={name === 'claim_amount' ? 'decimal' : undefined}
                      value={fields[name] ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setFields((previous) => ({ ...previous, [name]: value }));
                      }}
                      error={errors[`fields.${name}`]}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            ) : null}
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => void navigate({ to: '/tickets' })}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="submit-ticket">
                {t('new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
