import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSaveOffer, type Offer } from '../api/marketing';

type Props = { offer: Offer | null; opened: boolean; onClose: () => void; today: string };

/** Writing an offer: its name, validity, who is eligible, what agents say and the usual questions. */
export function OfferForm({ offer, opened, onClose, today }: Props) {
  const { t } = useTranslation('marketing');
  const errorText = useErrorText();
  const save = useSaveOffer();
  const [name, setName] = useState(offer?.name ?? '');
  const [description, setDescription] = useState(offer?.description ?? '');
  const [validFrom, setValidFrom] = useState(offer?.valid_from ?? today);
  const [validTo, setValidTo] = useState(offer?.valid_to ?? '');
  const [eligibility, setEligibility] = useState(offer?.eligibility ?? '');
  const [script, setScript] = useState(offer?.script ?? '');
  const [faq, setFaq] = useState(offer?.faq ?? []);
  const errors = fieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: offer?.id ?? null,
        input: {
          name,
          description,
          valid_from: validFrom,
          valid_to: validTo || null,
          eligibility,
          script,
          faq: faq.filter((f) => f.q.trim() && f.a.trim()),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('offers.saved'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('offers.form.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="offer-form">
        <Stack gap="sm">
          <TextInput
            name="name"
            label={t('offers.form.name')}
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Textarea
            name="description"
            label={t('offers.form.description')}
            autosize
            minRows={2}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <DateField
              name="valid_from"
              label={t('offers.form.validFrom')}
              required
              value={validFrom}
              onChange={setValidFrom}
              error={errors.valid_from}
            />
            <DateField
              name="valid_to"
              label={t('offers.form.validTo')}
              clearable
              value={validTo}
              onChange={setValidTo}
              error={errors.valid_to}
            />
          </Group>
          <Textarea
            name="eligibility"
            label={t('offers.form.eligibility')}
            autosize
            minRows={1}
            maxLength={2000}
            value={eligibility}
            onChange={(e) => setEligibility(e.currentTarget.value)}
          />
          <Textarea
            name="script"
            label={t('offers.form.script')}
            autosize
            minRows={3}
            maxLength={10000}
            value={script}
            onChange={(e) => setScript(e.currentTarget.value)}
          />
          <Text fw={600} size="sm">
            {t('offers.form.faq')}
          </Text>
          {faq.map((entry, index) => (
            <Group key={index} align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <TextInput
                  aria-label={t('offers.form.question')}
                  placeholder={t('offers.form.question')}
                  maxLength={500}
                  value={entry.q}
                  onChange={(e) => {
                    const q = e.currentTarget.value;
                    setFaq((all) => all.map((f, i) => (i === index ? { ...f, q } : f)));
                  }}
                />
                <Textarea
                  aria-label={t('offers.form.answer')}
                  placeholder={t('offers.form.answer')}
                  autosize
                  maxLength={2000}
                  value={entry.a}
                  onChange={(e) => {
                    const a = e.currentTarget.value;
                    setFaq((all) => all.map((f, i) => (i === index ? { ...f, a } : f)));
                  }}
                />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('offers.form.question')}
                onClick={() => setFaq((all) => all.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setFaq((all) => [...all, { q: '', a: '' }])}
              disabled={faq.length >= 50}
            >
              {t('offers.form.addQuestion')}
            </Button>
          </Group>
          {save.error && Object.keys(errors).length === 0 ? (
            <Text c="red" role="alert">
              {errorText(save.error)}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="offer-save">
              {t('offers.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
