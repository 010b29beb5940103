import { Button, Checkbox, Chip, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canAllowRepeats } from '../../../app/access';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { useSession } from '../../auth/api/session-state';
import {
  useCreateCampaign,
  useMarketingTemplates,
  useOffers,
  useTargetLists,
  type Campaign,
  type CampaignChannel,
  type CampaignInput,
} from '../api/marketing';

const allChannels: CampaignChannel[] = ['phone', 'sms', 'email'];

type Props = { opened: boolean; onClose: () => void; onCreated: (campaign: Campaign) => void };

/** A new campaign: the offer, the approved target list, the channels and their templates, A/B and rates. */
export function CampaignForm({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation('marketing');
  const errorText = useErrorText();
  const { user } = useSession();
  const offers = useOffers('active');
  const lists = useTargetLists();
  const templates = useMarketingTemplates();
  const create = useCreateCampaign();
  const [name, setName] = useState('');
  const [offerId, setOfferId] = useState<string | null>(null);
  const [listId, setListId] = useState<string | null>(null);
  const [channels, setChannels] = useState<CampaignChannel[]>(['phone']);
  const [sms, setSms] = useState<string | null>(null);
  const [smsB, setSmsB] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [emailB, setEmailB] = useState<string | null>(null);
  const [percentB, setPercentB] = useState<number | string>(50);
  const [seed, setSeed] = useState<number | string>(1);
  const [smsRate, setSmsRate] = useState<number | string>(60);
  const [emailRate, setEmailRate] = useState<number | string>(60);
  const [price, setPrice] = useState<number | string>(0);
  const [repeats, setRepeats] = useState(false);
  const errors = fieldErrors(create.error);
  const templatesOf = (channel: 'sms' | 'email') =>
    (templates.data?.items ?? []).filter((x) => x.channel === channel).map((x) => ({ value: x.id, label: x.name }));
  const listLabel = (l: NonNullable<typeof lists.data>['items'][number]) =>
    `${l.name ?? l.source} · ${t(`campaigns.channel.${l.channel as CampaignChannel}`)} · ${l.items} · ${
      l.approved_by
        ? t('campaigns.listStatus.approved', { who: l.approved_by_name ?? l.approved_by })
        : t('campaigns.listStatus.notApproved')
    }`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CampaignInput = {
      name,
      offer_id: offerId ?? '',
      list_id: listId ?? '',
      // In the order they were picked: the order each customer's channels are tried in.
      channels,
      ab_percent_b: Number(percentB),
      ab_seed: Number(seed),
      sms_per_minute: Number(smsRate),
      email_per_minute: Number(emailRate),
      sms_part_price: Number(price),
      ...(repeats ? { allow_repeats: true } : {}),
      ...(channels.includes('sms') ? { sms_template_id: sms, sms_template_b_id: smsB } : {}),
      ...(channels.includes('email') ? { email_template_id: email, email_template_b_id: emailB } : {}),
    };
    create.mutate(input, { onSuccess: (campaign) => onCreated(campaign) });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('campaigns.form.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="campaign-form">
        <Stack gap="sm">
          <TextInput
            name="name"
            label={t('campaigns.form.name')}
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Select
            label={t('campaigns.form.offer')}
            required
            data={(offers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={offerId}
            onChange={setOfferId}
            error={errors.offer_id}
            data-testid="campaign-offer"
          />
          <Select
            label={t('campaigns.form.list')}
            description={t('campaigns.form.listHint')}
            required
            data={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: listLabel(l) }))}
            value={listId}
            onChange={setListId}
            error={errors.list_id}
            data-testid="campaign-list"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('campaigns.form.channels')}
            </Text>
            <Chip.Group multiple value={channels} onChange={(v) => setChannels(v as CampaignChannel[])}>
              <Group gap="xs">
                {allChannels.map((c) => (
                  <Chip key={c} value={c} data-testid={`channel-${c}`}>
                    {t(`campaigns.channel.${c}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          {channels.includes('sms') ? (
            <Group grow align="flex-start">
              <Select
                label={t('campaigns.form.smsTemplate')}
                required
                data={templatesOf('sms')}
                value={sms}
                onChange={setSms}
                error={errors.sms_template_id}
                data-testid="campaign-sms-template"
              />
              <Select
                label={t('campaigns.form.smsTemplateB')}
                clearable
                placeholder={t('campaigns.form.none')}
                data={templatesOf('sms')}
                value={smsB}
                onChange={setSmsB}
              />
            </Group>
          ) : null}
          {channels.includes('email') ? (
            <Group grow align="flex-start">
              <Select
                label={t('campaigns.form.emailTemplate')}
                required
                data={templatesOf('email')}
                value={email}
                onChange={setEmail}
                error={errors.email_template_id}
              />
              <Select
                label={t('campaigns.form.emailTemplateB')}
                clearable
                placeholder={t('campaigns.form.none')}
                data={templatesOf('email')}
                value={emailB}
                onChange={setEmailB}
              />
            </Group>
          ) : null}
          {smsB || emailB ? (
            <Group grow>
              <NumberInput
                label={t('campaigns.form.abPercent')}
                min={0}
                max={100}
                value={percentB}
                onChange={setPercentB}
              />
              <NumberInput label={t('campaigns.form.abSeed')} min={0} value={seed} onChange={setSeed} />
            </Group>
          ) : null}
          <Group grow>
            <NumberInput
              label={t('campaigns.form.smsRate')}
              min={1}
              max={10000}
              value={smsRate}
              onChange={setSmsRate}
            />
            <NumberInput
              label={t('campaigns.form.emailRate')}
              min={1}
              max={10000}
              value={emailRate}
              onChange={setEmailRate}
            />
            <NumberInput
              label={t('campaigns.form.smsPrice')}
              min={0}
              decimalScale={3}
              value={price}
              onChange={setPrice}
            />
          </Group>
          {canAllowRepeats(user.role) ? (
            <Checkbox
              label={t('campaigns.form.allowRepeats')}
              checked={repeats}
              onChange={(e) => setRepeats(e.currentTarget.checked)}
            />
          ) : null}
          {create.error ? (
            <Text c="red" role="alert" data-testid="campaign-error">
              {errorText(create.error)}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} data-testid="campaign-create">
              {t('campaigns.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
