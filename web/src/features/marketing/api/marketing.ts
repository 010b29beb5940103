import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type Schemas } from '../../../api/client';

// Marketing (M1) through the typed client: offers, campaigns, results.

export type Offer = Schemas['MarketingOffer'];
export type Campaign = Schemas['MarketingCampaign'];
export type TargetList = Schemas['MarketingTargetList'];
export type CampaignResults = Schemas['MarketingResults'];
export type OfferInput = BodyOf<'createMarketingOffer'>;
export type OfferUpdate = BodyOf<'updateMarketingOffer'>;
export type CampaignInput = BodyOf<'createMarketingCampaign'>;
export type CampaignChannel = Campaign['channels'][number];
export type ResponseInput = BodyOf<'recordMarketingResponse'>;

const offersKey = ['marketing', 'offers'] as const;
const campaignsKey = ['marketing', 'campaigns'] as const;

export function useOffers(status: 'active' | 'archived' | 'all' = 'active') {
  return useQuery({
    queryKey: [...offersKey, status],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/offers', { params: { query: { status } } })),
  });
}

export function useSaveOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: OfferUpdate }) =>
      id
        ? unwrap(client.PUT('/api/v1/marketing/offers/{id}', { params: { path: { id } }, body: input }))
        : unwrap(client.POST('/api/v1/marketing/offers', { body: input as OfferInput })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offersKey }),
  });
}

export function useItemOffer(itemId: string | null) {
  return useQuery({
    queryKey: ['marketing', 'item-offer', itemId],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/work-items/{id}/offer', { params: { path: { id: itemId! } } })),
    enabled: itemId !== null,
  });
}

export function useTargetLists() {
  return useQuery({
    queryKey: ['marketing', 'target-lists'],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/target-lists')),
  });
}

export function useMarketingTemplates() {
  return useQuery({
    queryKey: ['marketing', 'templates'],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/templates')),
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: campaignsKey,
    queryFn: () => unwrap(client.GET('/api/v1/marketing/campaigns')),
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...campaignsKey, id],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/campaigns/{id}', { params: { path: { id } } })),
  });
}

export function useCampaignResults(id: string) {
  return useQuery({
    queryKey: [...campaignsKey, id, 'results'],
    queryFn: () => unwrap(client.GET('/api/v1/marketing/campaigns/{id}/results', { params: { path: { id } } })),
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => unwrap(client.POST('/api/v1/marketing/campaigns', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKey }),
  });
}

export function useCampaignAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: 'launch' | 'pause' | 'end') => {
      const params = { params: { path: { id } } };
      if (action === 'launch')
        return (await unwrap(client.POST('/api/v1/marketing/campaigns/{id}/launch', params))).campaign;
      if (action === 'pause') return unwrap(client.POST('/api/v1/marketing/campaigns/{id}/pause', params));
      return unwrap(client.POST('/api/v1/marketing/campaigns/{id}/end', params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKey }),
  });
}

export function useRecordResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ResponseInput) =>
      unwrap(client.POST('/api/v1/marketing/campaigns/{id}/responses', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...campaignsKey, id] }),
  });
}

export const resultsExportHref = (id: string) => `/api/v1/marketing/campaigns/${id}/export.xlsx`;
