/** The CLI decodes pages as the desk does; the pure function lives in lib/decode.ts. */
export * from '../lib/decode';
