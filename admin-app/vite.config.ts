import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// the keplive server in development; another port: KEPLIVE_API_URL=http://localhost:4100 pnpm dev
const apiUrl = process.env.KEPLIVE_API_URL ?? 'http://localhost:4000'

// Served by the keplive server under /admin/; in development the API comes from it via the proxy.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // @keplive/ui is linked source: make sure it and the app share one React
  resolve: { dedupe: ['react', 'react-dom'] },
  server: {
    port: 5175,
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/auth': { target: apiUrl },
    },
  },
  preview: { port: 5175 },
})
