// Draws the app icon (resources/icon.png, 512x512) with plain Node: a teal tile with four sticky notes, the board
// a workshop fills. No image library and no network; electron-builder turns this PNG into .ico/.icns when packaging.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4 // 4x4 supersampling per pixel for smooth edges

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy), turned by `angle` radians. */
function roundedRectDistance(x, y, { cx, cy, w, h, r, angle = 0 }) {
  const cos = Math.cos(-angle)
  const sin = Math.sin(-angle)
  const dx = x - cx
  const dy = y - cy
  const px = Math.abs(dx * cos - dy * sin) - (w / 2 - r)
  const py = Math.abs(dx * sin + dy * cos) - (h / 2 - r)
  const outside = Math.hypot(Math.max(px, 0), Math.max(py, 0))
  return outside + Math.min(Math.max(px, py), 0) - r
}

const note = (cx, cy, angle, color) => [
  // A soft shadow first, then the note itself.
  { shape: { cx: cx + 6, cy: cy + 10, w: 136, h: 136, r: 16, angle }, color: [0, 0, 0, 0.22] },
  { shape: { cx, cy, w: 136, h: 136, r: 16, angle }, color },
]

const layers = [
  { shape: { cx: 256, cy: 256, w: 480, h: 480, r: 104 }, color: [0x1f, 0x5f, 0x5b, 1] },
  ...note(176, 178, -0.07, [0xf6, 0xc9, 0x45, 1]),
  ...note(338, 184, 0.05, [0xee, 0x7b, 0x5f, 1]),
  ...note(180, 340, 0.04, [0x8c, 0xd3, 0xb0, 1]),
  ...note(336, 336, -0.05, [0xff, 0xf6, 0xe0, 1]),
]

function render() {
  const rgba = new Float64Array(SIZE * SIZE * 4)
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0]
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES
          const py = y + (sy + 0.5) / SAMPLES
          // Painter's algorithm with premultiplied alpha, per sample.
          let [sr, sg, sb, sa] = [0, 0, 0, 0]
          for (const { shape, color } of layers) {
            if (roundedRectDistance(px, py, shape) > 0) continue
            const [cr, cg, cb, ca] = color
            sr = cr * ca + sr * (1 - ca)
            sg = cg * ca + sg * (1 - ca)
            sb = cb * ca + sb * (1 - ca)
            sa = ca + sa * (1 - ca)
          }
          r += sr
          g += sg
          b += sb
          a += sa
        }
      }
      const n = SAMPLES * SAMPLES
      const i = (y * SIZE + x) * 4
      rgba[i + 3] = a / n
      // Un-premultiply for PNG's straight alpha.
      for (const [k, v] of [r, g, b].entries()) rgba[i + k] = a > 0 ? v / a : 0
    }
  }
  return rgba
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8 // bits per channel
  header[9] = 6 // RGBA
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0 // filter: none
    for (let i = 0; i < SIZE * 4; i++) {
      const value = rgba[y * SIZE * 4 + i]
      raw[y * (SIZE * 4 + 1) + 1 + i] = Math.round(Math.min(1, Math.max(0, i % 4 === 3 ? value : value / 255)) * 255)
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const target = join(import.meta.dirname, '..', 'resources', 'icon.png')
writeFileSync(target, encodePng(render()))
console.log(`wrote ${target}`)
