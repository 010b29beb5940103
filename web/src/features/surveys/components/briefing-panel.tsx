import { Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canBuildSurveys } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session-state';
import { useAcknowledge, useSaveSurvey, type Survey } from '../api/surveys';

/** التعريف بالاستبانة (Q2): the supervisor writes it, each agent acknowledges it, the supervisor sees who did. */
export function BriefingPanel({ survey }: { survey: Survey }) {
  const { t } = useTranslation(['surveys', 'common']);
  const errorText = useErrorText();
  const role = useSession().user.role;
  const [text, setText] = useState(survey.briefing);
  const save = useSaveSurvey();
  const ack = useAcknowledge(survey.id);
  const edits = canBuildSurveys(role);
  return (
    <Stack maw={800}>
      <Card withBorder>
        <Stack gap="sm">
          {edits ? (
            <>
              <Textarea
                label={t('briefing.text')}
                autosize
                minRows={5}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                data-testid="briefing-text"
              />
              <Group>
                <Button
                  loading={save.isPending}
                  onClick={() =>
                    save.mutate(
                      { id: survey.id, input: { briefing: text } },
                      {
                        onSuccess: () => notifySuccess(t('briefing.saved')),
                        onError: (e) => notifyError(errorText(e)),
                      },
                    )
                  }
                >
                  {t('builder.save')}
                </Button>
              </Group>
            </>
          ) : (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="briefing-text">
              {survey.briefing}
            </Text>
          )}
          {role === 'agent' || role === 'supervisor' ? (
            survey.acknowledged_by_me ? (
              <Badge color="teal" leftSection={<IconCheck size={14} />} size="lg" variant="light">
                {t('briefing.acknowledged')}
              </Badge>
            ) : (
              <Group>
                <Button
                  variant="light"
                  loading={ack.isPending}
                  onClick={() => ack.mutate(undefined, { onError: (e) => notifyError(errorText(e)) })}
                  data-testid="briefing-ack"
                >
                  {t('briefing.acknowledge')}
                </Button>
              </Group>
            )
          ) : null}
        </Stack>
      </Card>
      <Title order={4}>{t('briefing.acks')}</Title>
      {survey.acknowledgements.length === 0 ? (
        <Text c="dimmed">{t('briefing.none')}</Text>
      ) : (
        <Table data-testid="briefing-acks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('briefing.who')}</Table.Th>
              <Table.Th>{t('briefing.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {survey.acknowledgements.map((a) => (
              <Table.Tr key={a.user_id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{formatDateTime(a.acknowledged_at, currentLocale())}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
