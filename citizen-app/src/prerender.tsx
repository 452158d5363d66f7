import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { prerenderToNodeStream } from 'react-dom/static'
import { Router } from 'wouter'
import { App } from './app/app'

// Issue 16 item 8: at build time (scripts/prerender.mjs, in Node) the real app renders a page's
// content into HTML, so that a phone shows it before the script has arrived and run; main.tsx then
// hydrates it. What the page fetches renders as its loading state, as on the client's first
// render; the language is Greek, the one a first visit gets.

function app(route: string) {
  return (
    <StrictMode>
      <Router ssrPath={route}>
        <App />
      </Router>
    </StrictMode>
  )
}

/**
 * The markup `<App>` renders at `route`, its lazy page included. The streaming renderers write a
 * large or late Suspense boundary after the rest with inline scripts that move it in place, which
 * the CSP forbids; renderToString writes it in place but does not wait for a lazy page. So a first
 * render that waits loads the route's pages, and renderToString then finds them loaded.
 */
export async function renderRoute(route: string): Promise<string> {
  const { prelude } = await prerenderToNodeStream(app(route))
  for await (const chunk of prelude) void chunk // read to its end: every lazy page has loaded
  const markup = renderToString(app(route))
  // `<!--$!-->`: a boundary React could not render here, left for the browser to render
  if (markup.includes('<!--$!')) throw new Error(`${route} still suspends after its pages loaded`)
  return markup
}
