export * from './auth';
export * from './console';
