import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { bundleBudget } from './bundle-budget.ts'
import { graphqlDocuments } from './graphql-documents.ts'

// the keplive server in development; another port: KEPLIVE_API_URL=http://localhost:4100 pnpm dev
const apiUrl = process.env.KEPLIVE_API_URL ?? 'http://localhost:4000'

// Served by the keplive server under /; in development the API comes from it via the proxy.
export default defineConfig({
  base: '/',
  plugins: [react(), graphqlDocuments('src/gql'), bundleBudget(150)],
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
})
