import { Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canAnalyseSurveys, canBuildSurveys } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import { useSurvey } from '../api/surveys';
import { AnalysisPanel } from '../components/analysis-panel';
import { BriefingPanel } from '../components/briefing-panel';
import { SurveyBuilder } from '../components/survey-builder';
import { InvitePanel } from '../components/invite-panel';
import { ManualEntry } from '../components/manual-entry';

const route = getRouteApi('/signed-in/surveys/$id');

/** One survey: its questions (builder and preview), briefing, invitations, manual entry and analysis. */
export function SurveyPage() {
  const { t } = useTranslation(['surveys', 'common']);
  const { id } = route.useParams();
  const isNew = id === 'new';
  const survey = useSurvey(isNew ? null : id);
  const role = useSession().user.role;
  const builds = canBuildSurveys(role);

  if (isNew) {
    return (
      <Stack gap={0} maw={1300}>
        <PageHeader title={t('new')} />
        <SurveyBuilder survey={null} />
      </Stack>
    );
  }
  if (survey.error) return <ErrorBlock error={survey.error} onRetry={() => void survey.refetch()} />;
  if (!survey.data) return <LoadingBlock />;
  const s = survey.data;
  return (
    <Stack gap={0} maw={1300}>
      <PageHeader title={s.name} subtitle={t(`status.${s.status}`)} />
      <Tabs defaultValue={builds ? 'builder' : canAnalyseSurveys(role) ? 'analysis' : 'briefing'} keepMounted={false}>
        <Tabs.List mb="md">
          {builds && <Tabs.Tab value="builder">{t('tabs.builder')}</Tabs.Tab>}
          <Tabs.Tab value="briefing">{t('tabs.briefing')}</Tabs.Tab>
          {builds && <Tabs.Tab value="invite">{t('tabs.invite')}</Tabs.Tab>}
          <Tabs.Tab value="entry">{t('tabs.entry')}</Tabs.Tab>
          {canAnalyseSurveys(role) && <Tabs.Tab value="analysis">{t('tabs.analysis')}</Tabs.Tab>}
        </Tabs.List>
        {builds && (
          <Tabs.Panel value="builder">
            <SurveyBuilder survey={s} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="briefing">
          <BriefingPanel survey={s} />
        </Tabs.Panel>
        {builds && (
          <Tabs.Panel value="invite">
            <InvitePanel survey={s} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="entry">
          <ManualEntry survey={s} />
        </Tabs.Panel>
        {canAnalyseSurveys(role) && (
          <Tabs.Panel value="analysis">
            <AnalysisPanel survey={s} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
