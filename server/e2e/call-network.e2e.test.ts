import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser.js'
import { startCallServer, waitForRemoteVideo, type CallServer } from './call-fixture.js'
import {
  callInProgress,
  capVideoSenders,
  decodedFps,
  dropPeerConnections,
  interpreterJoins,
  recordTileTexts,
  tileNotices,
  tileTexts,
  type CallInProgress,
} from './call-network.js'

// Issue 15 items 4 and 5: the call on a bad network, between real pages in Chromium with fake
// camera and microphone. How fast a dropped connection comes back and the interpreter's frame
// rate are figures (printed here, reported by `pnpm bench:call`), not assertions on time.

let server: CallServer
let browser: Browser
let call: CallInProgress

beforeAll(async () => {
  server = await startCallServer(inject('callDatabase'))
  browser = await launchChromium()
  call = await callInProgress(browser, server.baseUrl, { signLanguage: true })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const figure = (name: string, value: unknown) =>
  process.stdout.write(`${name}=${JSON.stringify(value)}\n`)

describe('the call on a bad network (issue 15 items 4 and 5)', () => {
  it('R2.7 a peer connection closed under the citizen’s page comes back on both sides: "reconnecting", then connected, the video decoding again', async () => {
    const { citizen, employee } = call
    await Promise.all([recordTileTexts(citizen.page), recordTileTexts(employee.page)])
    const dropped = Date.now()
    expect(await dropPeerConnections(citizen.page)).toBe(1)
    // both sides: a new connection whose video decodes (the closed one no longer counts)
    await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(employee.page, 1)])
    figure('reconnect_ms', Date.now() - dropped)
    figure('citizen_tiles', await tileTexts(citizen.page))
    figure('employee_tiles', await tileTexts(employee.page))
    // each side said so while it lasted, and the tiles are back to the picture alone
    expect((await tileTexts(citizen.page)).join(' | ')).toMatch(/Επανασύνδεση…/)
    expect((await tileTexts(employee.page)).join(' | ')).toMatch(/Επανασύνδεση…/)
    await expect.poll(() => tileNotices(citizen.page)).toBe(0)
    await expect.poll(() => tileNotices(employee.page)).toBe(0)
    expect([...citizen.problems, ...employee.problems]).toEqual([])
  }, 240_000)

  it('R2.7 the employee’s side drops its connection too: it comes back the same way', async () => {
    const { citizen, employee } = call
    await Promise.all([recordTileTexts(citizen.page), recordTileTexts(employee.page)])
    expect(await dropPeerConnections(employee.page)).toBe(1)
    await Promise.all([waitForRemoteVideo(citizen.page, 1), waitForRemoteVideo(employee.page, 1)])
    expect((await tileTexts(employee.page)).join(' | ')).toMatch(/Επανασύνδεση…/)
    await expect.poll(() => tileNotices(employee.page)).toBe(0)
  }, 240_000)

  it('R2.8 the interpreter’s call with every video sender capped at 500 kbps: the interpreter’s page decodes both other videos fluidly', async () => {
    const interpreter = await interpreterJoins(browser, server.baseUrl, call)
    try {
      const pages = [interpreter.page, call.citizen.page, call.employee.page]
      const capped = await Promise.all(pages.map((page) => capVideoSenders(page, 500_000)))
      expect(capped).toEqual([2, 2, 2])
      // let the encoders settle on the cap, then measure over 5 s
      await waitForRemoteVideo(interpreter.page, 2)
      const fps = await decodedFps(interpreter.page, 5_000)
      figure('interpreter_fps_500kbps', fps)
      expect(fps).toHaveLength(2)
      // ≥ 20 is the target (the benchmark's figure); on this shared 2-core machine the test
      // asserts a floor that tells fluid video from a stalled one
      for (const f of fps) expect(f).toBeGreaterThanOrEqual(10)
    } finally {
      await interpreter.context.close()
    }
  }, 300_000)
})
