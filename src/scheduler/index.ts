export { advanceWithScheduler } from './drive-virtual-clock.ts';
export {
  createScheduler,
  type FireContext,
  type NudgeFirer,
  type Scheduler,
  type SchedulerOptions,
} from './scheduler.ts';
