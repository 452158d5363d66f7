import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { bundleBudget } from './bundle-budget.ts'
import { graphqlDocuments } from './graphql-documents.ts'

// the keplive server in development; another port: KEPLIVE_API_URL=http://localhost:4100 pnpm dev
const apiUrl = process.env.KEPLIVE_API_URL ?? 'http://localhost:4000'

// Served by the keplive server under /; in development the API comes from it via the proxy.
// `vite build --ssr src/prerender.tsx` makes the bundle that renders the home page and the manual
// into HTML at build time (scripts/prerender.mjs); the budget is the browser's download only.
export default defineConfig(({ isSsrBuild }) => ({
  base: '/',
  plugins: [react(), graphqlDocuments('src/gql'), ...(isSsrBuild ? [] : [bundleBudget(130)])],
  // @keplive/ui is linked source: make sure it and the app share one React
  resolve: { dedupe: ['react', 'react-dom'] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/auth': { target: apiUrl },
      '/uploads': { target: apiUrl },
      '/dev': { target: apiUrl },
    },
  },
  preview: { port: 5173 },
  // every browser the apps support preloads modules itself: no polyfill in the first download
  build: { modulePreload: { polyfill: false } },
}))
