export * from './auth';
export * from './console';
export * from './emulator';
