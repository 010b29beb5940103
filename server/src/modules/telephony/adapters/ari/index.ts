// The ARI adapter's public face, for the module's wiring (TAWASUL_TELEPHONY=ari).
export { AriTelephonyAdapter, type AriConnectionState } from './ari-telephony.adapter.ts';
export {
  ariDialPlanSchema,
  parseAriUrl,
  type AriAdapterOptions,
  type AriConnection,
  type AriDialPlan,
} from './ari-config.ts';
