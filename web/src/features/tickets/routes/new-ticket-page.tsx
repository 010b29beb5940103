import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { isCategory, ticketCategories, useCreateTicket, type TicketCategory } from '../api/tickets';
import { CategoryFields, fieldsFor } from '../components/category-fields';
import { FreeText } from '../../../ui/free-text';

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

  const errors = fieldErrors(create.error);
  const showGeneralError = create.error && !(isApiError(create.error) && create.error.errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        customer_no: customerNo.trim(),
        category: category ?? '',
        subject: subject.trim(),
        description: description.trim(),
        fields: fieldsFor(category, fields),
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
              attributes={{ input: { dir: 'auto' } }}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
              error={errors.subject}
            />
            <FreeText
              label={t('new.description')}
              name="description"
              minRows={4}
              maxRows={12}
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
