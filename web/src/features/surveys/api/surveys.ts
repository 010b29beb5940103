import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type QueryOf, type Schemas } from '../../../api/client';

// Satisfaction surveys (Q1–Q4) through the typed client.

export type Survey = Schemas['Survey'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyAnalysis = Schemas['SurveyAnalysis'];
export type SurveyInput = BodyOf<'createSurvey'>;
export type SurveyUpdate = BodyOf<'updateSurvey'>;
export type Questionnaire = SurveyInput['definition'];
export type Question = Questionnaire['sections'][number]['questions'][number];
export type AnalysisQuery = QueryOf<'getSurveyAnalysis'>;

const key = ['surveys'] as const;

export function useSurveys() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/api/v1/surveys')) });
}

export function useSurvey(id: string | null) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: () => unwrap(client.GET('/api/v1/surveys/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });
}

export function useSaveSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: SurveyUpdate }) =>
      id
        ? unwrap(client.PUT('/api/v1/surveys/{id}', { params: { path: { id } }, body: input }))
        : unwrap(client.POST('/api/v1/surveys', { body: input as SurveyInput })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function usePreview() {
  return useMutation({
    mutationFn: (input: BodyOf<'previewSurvey'>) => unwrap(client.POST('/api/v1/surveys/preview', { body: input })),
  });
}

export function useAcknowledge(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/surveys/{id}/briefing/acknowledge', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useInvite(id: string) {
  return useMutation({
    mutationFn: (input: BodyOf<'inviteToSurvey'>) =>
      unwrap(client.POST('/api/v1/surveys/{id}/invitations', { params: { path: { id } }, body: input })),
  });
}

export function useEnterResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'enterSurveyResponse'>) =>
      unwrap(client.POST('/api/v1/surveys/{id}/responses', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, id, 'analysis'] }),
  });
}

export function useAnalysis(id: string, query: AnalysisQuery) {
  return useQuery({
    queryKey: [...key, id, 'analysis', query],
    queryFn: () => unwrap(client.GET('/api/v1/surveys/{id}/analysis', { params: { path: { id }, query } })),
  });
}

export function exportHref(id: string, query: AnalysisQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
  const qs = params.toString();
  return `/api/v1/surveys/${id}/export.xlsx${qs ? `?${qs}` : ''}`;
}
