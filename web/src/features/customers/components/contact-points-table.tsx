import { ActionIcon, Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconEye, IconPhoneCheck, IconPhoneOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canDo } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import {
  useCorrectNumber,
  useFlagWrongNumber,
  useRevealNumber,
  type ContactPoint,
  type RevealedNumber,
} from '../api/customers';
import { FreeText } from '../../../ui/free-text';

const numberTypes = ['mobile', 'fixed_line', 'fixed_line_or_mobile', 'toll_free', 'voip', 'other', 'unknown'] as const;
type NumberType = (typeof numberTypes)[number];
const isNumberType = (value: string | null): value is NumberType =>
  value !== null && (numberTypes as readonly string[]).includes(value);

type Props = { customerNo: string; contactPoints: ContactPoint[]; timeZone: string | undefined };

export function ContactPointsTable({ customerNo, contactPoints, timeZone }: Props) {
  const { t } = useTranslation('customers');
  const { user } = useSession();
  const locale = currentLocale();
  const errorText = useErrorText();
  const reveal = useRevealNumber(customerNo);
  const [revealed, setRevealed] = useState<Record<string, RevealedNumber>>({});
  const [flagging, setFlagging] = useState<ContactPoint | null>(null);
  const [correcting, setCorrecting] = useState<ContactPoint | null>(null);
  const mayReveal = canDo('reveal', user.role);
  const mayCorrect = canDo('correctNumber', user.role);

  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" data-testid="contact-points">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contacts.kind')}</Table.Th>
              <Table.Th>{t('contacts.number')}</Table.Th>
              <Table.Th>{t('contacts.validity')}</Table.Th>
              <Table.Th>{t('contacts.numberType')}</Table.Th>
              <Table.Th>{t('contacts.flag')}</Table.Th>
              <Table.Th>{t('contacts.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contactPoints.map((cp) => {
              const full = revealed[cp.id];
              const isPhone = cp.kind !== 'email';
              return (
                <Table.Tr key={cp.id} data-contact-point={cp.id} data-kind={cp.kind} data-wrong={cp.wrong}>
                  <Table.Td>{t(`kinds.${cp.kind}`)}</Table.Td>
                  <Table.Td>
                    {full ? (
                      <Tooltip label={t('contacts.revealed')}>
                        <Text size="sm" fw={600} data-testid="revealed-number">
                          <Ltr mono>{full.raw}</Ltr>
                        </Text>
                      </Tooltip>
                    ) : (
                      <Text size="sm" data-testid="masked-number">
                        <Ltr mono>{cp.masked}</Ltr>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {cp.valid ? (
                      <Badge color="teal" variant="light">
                        {t('contacts.valid')}
                      </Badge>
                    ) : (
                      <Badge color="orange" variant="light">
                        {t('contacts.invalid')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {!isPhone ? '—' : isNumberType(cp.number_type) ? t(`numberTypes.${cp.number_type}`) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {cp.wrong ? (
                      <Stack gap={2}>
                        <Badge color="red" variant="filled" data-testid="wrong-badge">
                          {t('contacts.wrong')}
                        </Badge>
                        {cp.wrong_at ? (
                          <Text size="xs" c="dimmed">
                            {t('contacts.wrongSince', { date: formatDateTime(cp.wrong_at, locale, timeZone) })}
                          </Text>
                        ) : null}
                      </Stack>
                    ) : cp.corrected_at ? (
                      <Text size="xs" c="dimmed" data-testid="corrected-at">
                        {t('contacts.corrected', { date: formatDateTime(cp.corrected_at, locale, timeZone) })}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {mayReveal && !full ? (
                        <Tooltip label={t('contacts.revealHint')} multiline w={260}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('contacts.reveal')}
                            data-action="reveal"
                            loading={reveal.isPending && reveal.variables === cp.id}
                            onClick={() =>
                              reveal.mutate(cp.id, {
                                onSuccess: (number) => setRevealed((all) => ({ ...all, [cp.id]: number })),
                                onError: (error) => notifyError(errorText(error)),
                              })
                            }
                          >
                            <IconEye size={18} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                      {isPhone && !cp.wrong ? (
                        <Tooltip label={t('contacts.flagWrong')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('contacts.flagWrong')}
                            data-action="flag-wrong"
                            onClick={() => setFlagging(cp)}
                          >
                            <IconPhoneOff size={18} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                      {isPhone && mayCorrect ? (
                        <Tooltip label={t('contacts.correct')}>
                          <ActionIcon
                            variant={cp.wrong ? 'light' : 'subtle'}
                            color="teal"
                            aria-label={t('contacts.correct')}
                            data-action="correct"
                            onClick={() => setCorrecting(cp)}
                          >
                            <IconPhoneCheck size={18} />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FlagWrongModal customerNo={customerNo} contactPoint={flagging} onClose={() => setFlagging(null)} />
      <CorrectNumberModal
        customerNo={customerNo}
        contactPoint={correcting}
        onClose={() => setCorrecting(null)}
        onCorrected={(id) =>
          setRevealed((all) => {
            // A shown number is stale once IT changes it.
            const { [id]: _gone, ...rest } = all;
            return rest;
          })
        }
      />
    </>
  );
}

type ModalProps = { customerNo: string; contactPoint: ContactPoint | null; onClose: () => void };

function FlagWrongModal({ customerNo, contactPoint, onClose }: ModalProps) {
  const { t } = useTranslation(['customers', 'common']);
  const flag = useFlagWrongNumber(customerNo);
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const close = () => {
    flag.reset();
    setReason('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!contactPoint) return;
    flag.mutate(
      { id: contactPoint.id, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.flagged'));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={contactPoint !== null} onClose={close} title={t('contacts.flagWrongTitle')}>
      {contactPoint ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text fw={500}>
              {t(`kinds.${contactPoint.kind}`)}: <Ltr mono>{contactPoint.masked}</Ltr>
            </Text>
            <Text size="sm">{t('contacts.flagWrongBody')}</Text>
            {flag.error ? (
              <Alert color="red" role="alert">
                {errorText(flag.error)}
              </Alert>
            ) : null}
            <FreeText
              label={t('contacts.reason')}
              placeholder={t('contacts.reasonPlaceholder')}
              name="reason"
              maxLength={300}
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={fieldErrors(flag.error).reason}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="red" loading={flag.isPending}>
                {t('contacts.flagWrong')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

function CorrectNumberModal({
  customerNo,
  contactPoint,
  onClose,
  onCorrected,
}: ModalProps & { onCorrected: (id: string) => void }) {
  const { t } = useTranslation(['customers', 'common']);
  const correct = useCorrectNumber(customerNo);
  const errorText = useErrorText();
  const [raw, setRaw] = useState('');
  const close = () => {
    correct.reset();
    setRaw('');
    onClose();
  };
  const errors = fieldErrors(correct.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!contactPoint) return;
    correct.mutate(
      { id: contactPoint.id, raw: raw.trim() || undefined },
      {
        onSuccess: () => {
          onCorrected(contactPoint.id);
          notifySuccess(t('contacts.correctDone'));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={contactPoint !== null} onClose={close} title={t('contacts.correctTitle')}>
      {contactPoint ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group gap="xs">
              <Text fw={500}>
                {t(`kinds.${contactPoint.kind}`)}: <Ltr mono>{contactPoint.masked}</Ltr>
              </Text>
              {contactPoint.wrong ? (
                <Badge color="red" variant="filled">
                  {t('contacts.wrong')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">{t('contacts.correctBody')}</Text>
            {correct.error && !errors.raw ? (
              <Alert color="red" role="alert">
                {errorText(correct.error)}
              </Alert>
            ) : null}
            <TextInput
              label={t('contacts.newNumber')}
              name="raw"
              dir="ltr"
              inputMode="tel"
              autoComplete="off"
              maxLength={40}
              value={raw}
              onChange={(event) => setRaw(event.currentTarget.value)}
              error={errors.raw}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="teal" loading={correct.isPending}>
                {t('contacts.correct')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
