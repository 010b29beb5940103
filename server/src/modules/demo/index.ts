export { loadDemo, DEMO_PASSWORD, type DemoResult } from './demo.service.ts';
