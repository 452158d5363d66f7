// node scripts/precompress.mjs <dist folder>… — issue 16 item 8: after an app's build, a brotli
// (.br, best quality) and a gzip (.gz, level 9) copy beside every text file of its dist/, made
// once here so that the server sends them as they are (server/src/app/static-apps.ts picks one by
// Accept-Encoding). Fonts and images are already compressed; a copy that would not be smaller is
// not written (the server then sends the plain file).
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const compressible = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (entry.isFile()) yield full
  }
}

async function precompress(dist) {
  let plain = 0
  let brotli = 0
  for await (const file of files(dist)) {
    if (!compressible.test(file)) continue
    const content = await readFile(file)
    const copies = {
      '.br': brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      '.gz': gzipSync(content, { level: 9 }),
    }
    for (const [suffix, bytes] of Object.entries(copies)) {
      // a copy left by an earlier build of the same name must not outlive a file now incompressible
      if (bytes.length < content.length) await writeFile(file + suffix, bytes)
      else await rm(file + suffix, { force: true })
    }
    plain += content.length
    brotli += Math.min(copies['.br'].length, content.length)
  }
  return { plain, brotli }
}

const folders = process.argv.slice(2)
if (folders.length === 0) {
  process.stderr.write('usage: node scripts/precompress.mjs <dist folder>…\n')
  process.exit(2)
}
for (const folder of folders) {
  if (!(await stat(folder)).isDirectory()) throw new Error(`${folder} is not a folder`)
  const { plain, brotli } = await precompress(folder)
  process.stdout.write(
    `precompressed ${folder}: ${(plain / 1024).toFixed(1)} kB of text → ${(brotli / 1024).toFixed(1)} kB brotli\n`,
  )
}
