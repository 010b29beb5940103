// The parts of Asterisk's ARI data model (rest-api/api-docs/*.json in the Asterisk tree) that
// Tawasul reads. Field names are ARI's own, snake_case included.

export type AriChannelState =
  | 'Down'
  | 'Rsrved'
  | 'OffHook'
  | 'Dialing'
  | 'Ring'
  | 'Ringing'
  | 'Up'
  | 'Busy'
  | 'Dialing Offhook'
  | 'Pre-ring'
  | 'Unknown';

export type AriCallerId = { name: string; number: string };

export type AriChannel = {
  id: string;
  name: string;
  state: AriChannelState;
  caller: AriCallerId;
  connected: AriCallerId;
  accountcode: string;
  dialplan: { context: string; exten: string; priority: number; app_name?: string; app_data?: string };
  creationtime: string;
  language: string;
};

export type AriBridge = {
  id: string;
  technology: string;
  bridge_type: 'mixing' | 'holding';
  bridge_class: string;
  creator: string;
  name: string;
  channels: string[];
  creationtime?: string;
};

export type AriPlayback = {
  id: string;
  media_uri: string;
  target_uri: string;
  language?: string;
  state: 'queued' | 'playing' | 'continuing' | 'done' | 'failed' | 'canceled';
};

export type AriLiveRecording = {
  name: string;
  format: string;
  target_uri: string;
  state: 'queued' | 'recording' | 'paused' | 'done' | 'failed' | 'canceled';
  duration?: number;
  cause?: string;
};

type EventBase = { timestamp: string; application: string; asterisk_id?: string };

export type AriEvent =
  | (EventBase & { type: 'StasisStart'; args: string[]; channel: AriChannel; replace_channel?: AriChannel })
  | (EventBase & { type: 'StasisEnd'; channel: AriChannel })
  | (EventBase & { type: 'ChannelCreated'; channel: AriChannel })
  | (EventBase & { type: 'ChannelStateChange'; channel: AriChannel })
  | (EventBase & { type: 'ChannelDtmfReceived'; digit: string; duration_ms: number; channel: AriChannel })
  | (EventBase & { type: 'ChannelEnteredBridge'; bridge: AriBridge; channel: AriChannel })
  | (EventBase & { type: 'ChannelLeftBridge'; bridge: AriBridge; channel: AriChannel })
  | (EventBase & { type: 'ChannelHangupRequest'; cause?: number; soft?: boolean; channel: AriChannel })
  | (EventBase & { type: 'ChannelDestroyed'; cause: number; cause_txt: string; channel: AriChannel })
  | (EventBase & { type: 'PlaybackStarted'; playback: AriPlayback })
  | (EventBase & { type: 'PlaybackFinished'; playback: AriPlayback })
  | (EventBase & { type: 'RecordingStarted'; recording: AriLiveRecording })
  | (EventBase & { type: 'RecordingFinished'; recording: AriLiveRecording })
  | (EventBase & { type: 'RecordingFailed'; recording: AriLiveRecording })
  | (EventBase & {
      type: 'Dial';
      /** RINGING, PROGRESS, ANSWER, BUSY, NOANSWER, CONGESTION, CHANUNAVAIL, CANCEL, or '' when dialling starts. */
      dialstatus: string;
      dialstring?: string;
      peer: AriChannel;
      caller?: AriChannel;
    })
  | (EventBase & { type: 'BridgeCreated'; bridge: AriBridge })
  | (EventBase & { type: 'BridgeDestroyed'; bridge: AriBridge });

export type AriEventType = AriEvent['type'];

/**
 * An ARI timestamp (`2026-12-06T09:00:00.120+0300`) as a Date. Asterisk writes the offset without
 * a colon, which ECMAScript's date format does not promise to read.
 */
export function parseAriTimestamp(text: string): Date {
  const fixed = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`not an ARI timestamp: ${text}`);
  return date;
}
