import { defineConfig } from 'vitest/config';

// The single-page application: built into target/dist (the WAR's content); `npm run dev` serves it with hot reload and
// hands /api, /openapi and /dicomweb to a running server (OPENCPMS_URL, default ./run.sh's http://localhost:8080).
const server = process.env.OPENCPMS_URL ?? 'http://localhost:8080';

export default defineConfig({
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  // the DICOM image loader decodes frames in a module worker (Cornerstone3D's own chunks)
  worker: { format: 'es' },
  server: {
    proxy: { '/api': server, '/openapi': server, '/dicomweb': server },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
