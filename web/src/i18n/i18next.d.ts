import 'i18next';
import type { Resources } from './resources';

// Arabic is the reference language: every key is typed from the Arabic files, and the
// locales test keeps the English files in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
