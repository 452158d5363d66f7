/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The stylesheet the server's own pages share; a file, so the CSP needs no inline styles. */
export const pageCssPath = '/auth/assets/page.css'

export const pageCss = `
:root { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #f6f6f6; }
body { margin: 0; }
header { background: #003375; color: #fff; padding: 0.75rem 1.5rem; }
header p { margin: 0; font-weight: 600; }
main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 4px; }
h1 { font-size: 1.5rem; margin-top: 0; }
h2 { font-size: 1.15rem; }
fieldset { border: 1px solid #b1b4b6; margin: 0 0 1rem; padding: 0.75rem 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
label { display: block; padding: 0.35rem 0; cursor: pointer; }
input[type="text"] { display: block; width: 100%; max-width: 20rem; padding: 0.4rem; font-size: 1rem; border: 2px solid #0b0c0c; }
button, .button { display: inline-block; font-size: 1rem; padding: 0.6rem 1.2rem; background: #00703c; color: #fff; border: 0; border-radius: 3px; cursor: pointer; text-decoration: none; margin-right: 0.5rem; }
button.secondary { background: #505a5f; }
:focus-visible { outline: 3px solid #ffdd00; outline-offset: 2px; }
.hint { color: #505a5f; font-size: 0.9rem; }
[lang="en"] { color: #333; }
`

/** A whole page of ours: lang="el", one stylesheet, no script. */
export function page(options: { title: string; body: string; lang?: 'el' | 'en' }): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'el'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${pageCssPath}">
</head>
<body>
${options.body}
</body>
</html>
`
}
