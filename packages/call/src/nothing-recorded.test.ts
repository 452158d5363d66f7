import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// R7.3: no image, sound or other data of a call is ever recorded or stored. The browser APIs
// that could capture a call's picture or sound must not appear in our apps' code, nor in what
// the build ships (our code plus every library bundled into it). This test fails the build if
// they do; it runs in `pnpm test` after `pnpm build` has produced the bundles.
const forbidden = [
  'MediaRecorder',
  'captureStream',
  'toDataURL',
  'toBlob',
  'getImageData',
  'ImageCapture',
  'requestFrame',
]

const workspace = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const thisFile = fileURLToPath(import.meta.url)

const sourceRoots = [
  'citizen-app/src',
  'staff-app/src',
  'admin-app/src',
  ...readdirSync(path.join(workspace, 'packages')).map((p) => `packages/${p}/src`),
]
const bundleRoots = ['citizen-app/dist', 'staff-app/dist', 'admin-app/dist']

function filesUnder(root: string, extensions: RegExp): string[] {
  const dir = path.join(workspace, root)
  if (!existsSync(dir)) return []
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (extensions.test(name) && full !== thisFile) out.push(full)
    }
  }
  walk(dir)
  return out
}

function findings(files: string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return forbidden
      .filter((name) => text.includes(name))
      .map((name) => `${path.relative(workspace, file)}: ${name}`)
  })
}

describe('R7.3 nothing of a call is recorded', () => {
  it('no source file of the apps or packages uses a recording or frame-capture API', () => {
    const files = sourceRoots.flatMap((root) => filesUnder(root, /\.(ts|tsx|js|jsx)$/))
    expect(files.length).toBeGreaterThan(10)
    expect(findings(files)).toEqual([])
  })

  it('no built bundle (our code and every bundled library) contains one', () => {
    const files = bundleRoots.flatMap((root) => filesUnder(root, /\.(js|mjs|html)$/))
    expect(findings(files)).toEqual([])
  })

  it('the scan finds such an API where one is written', () => {
    const probe = path.join(workspace, 'packages/call/src/nothing-recorded.test.ts')
    expect(findings([probe]).length).toBeGreaterThan(0)
  })
})
