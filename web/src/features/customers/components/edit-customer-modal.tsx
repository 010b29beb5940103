import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import {
  categories,
  customerTypes,
  useUpdateCustomer,
  type Category,
  type Customer,
  type CustomerPatch,
  type CustomerType,
} from '../api/customers';
import { FreeText } from '../../../ui/free-text';

type Props = { opened: boolean; onClose: () => void; customer: Customer };

export function EditCustomerModal({ opened, onClose, customer }: Props) {
  const { t } = useTranslation('customers');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={
        <>
          {t('edit.title')} <Ltr mono>{customer.customer_no}</Ltr>
        </>
      }
    >
      {opened ? <EditCustomerForm key={customer.updated_at} customer={customer} onDone={onClose} /> : null}
    </Modal>
  );
}

function EditCustomerForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const errorText = useErrorText();
  const update = useUpdateCustomer(customer.customer_no);

  const [name, setName] = useState(customer.name);
  const [type, setType] = useState<CustomerType>(customer.type);
  const [category, setCategory] = useState<Category | null>(customer.category);
  const [keyAccount, setKeyAccount] = useState(customer.key_account);
  const [country, setCountry] = useState(customer.country);
  const [city, setCity] = useState(customer.city ?? '');
  const [smsOptOut, setSmsOptOut] = useState(customer.sms_opt_out);
  const [doNotCall, setDoNotCall] = useState(customer.do_not_call);
  const [notes, setNotes] = useState(customer.notes ?? '');

  const errors = fieldErrors(update.error);
  const showGeneralError = update.error && !(isApiError(update.error) && update.error.errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed goes to the server (and into the audit log).
    const changes: CustomerPatch = {};
    if (name !== customer.name) changes.name = name;
    if (type !== customer.type) changes.type = type;
    if (category !== customer.category) changes.category = category;
    if (keyAccount !== customer.key_account) changes.key_account = keyAccount;
    if (country !== customer.country) changes.country = country;
    if (city.trim() !== (customer.city ?? '')) changes.city = city.trim() || null;
    if (smsOptOut !== customer.sms_opt_out) changes.sms_opt_out = smsOptOut;
    if (doNotCall !== customer.do_not_call) changes.do_not_call = doNotCall;
    if (notes.trim() !== (customer.notes ?? '')) changes.notes = notes.trim() || null;
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(changes, {
      onSuccess: () => {
        notifySuccess(t('edit.saved'));
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="edit-customer-form">
      <Stack gap="sm">
        {showGeneralError ? (
          <Alert color="red" role="alert">
            {errorText(update.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('edit.name')}
          name="name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('edit.type')}
            name="type"
            data={customerTypes.map((c) => ({ value: c, label: t(`type.${c}`) }))}
            value={type}
            onChange={(value) => setType(customerTypes.find((c) => c === value) ?? type)}
            allowDeselect={false}
            error={errors.type}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('edit.category')}
            name="category"
            placeholder={t('edit.categoryNone')}
            data={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            value={category}
            onChange={(value) => setCategory(categories.find((c) => c === value) ?? null)}
            clearable
            error={errors.category}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('edit.country')}
            description={t('edit.countryHint')}
            name="country"
            dir="ltr"
            maxLength={2}
            value={country}
            onChange={(event) => setCountry(event.currentTarget.value.toUpperCase())}
            error={errors.country}
          />
          <TextInput
            label={t('edit.city')}
            name="city"
            value={city}
            onChange={(event) => setCity(event.currentTarget.value)}
            error={errors.city}
          />
        </SimpleGrid>
        <Switch
          label={t('edit.keyAccount')}
          name="key_account"
          checked={keyAccount}
          onChange={(event) => setKeyAccount(event.currentTarget.checked)}
          error={errors.key_account}
          mt="xs"
        />
        <Switch
          label={t('edit.smsOptOut')}
          name="sms_opt_out"
          checked={smsOptOut}
          onChange={(event) => setSmsOptOut(event.currentTarget.checked)}
          error={errors.sms_opt_out}
        />
        <Switch
          label={t('edit.doNotCall')}
          name="do_not_call"
          checked={doNotCall}
          onChange={(event) => setDoNotCall(event.currentTarget.checked)}
          error={errors.do_not_call}
        />
        <FreeText
          label={t('edit.notes')}
          name="notes"
          maxRows={8}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={errors.notes}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
