// Builds TrunkPortal/ServiceAddresses/Data/iso3166.json from the npm package iso-3166 (wooorm, MIT).
// Usage: node tools/iso3166/generate.mjs <path to the unpacked package directory>
// See README.md in this folder for the full steps.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const packageDir = process.argv[2]
if (!packageDir) {
  console.error('usage: node tools/iso3166/generate.mjs <unpacked iso-3166 package dir>')
  process.exit(1)
}

const root = path.resolve(packageDir)
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
const { iso31661 } = await import(pathToFileURL(path.join(root, '1.js')).href)
const { iso31662 } = await import(pathToFileURL(path.join(root, '2.js')).href)

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

// Only subdivisions whose parent is the country itself are regions; nested ones (parent is
// another subdivision, e.g. French departments under regions) are left out on purpose.
const regionsByAlpha2 = new Map()
for (const subdivision of iso31662) {
  if (subdivision.parent.length !== 2) continue
  const list = regionsByAlpha2.get(subdivision.parent) ?? []
  list.push({ code: subdivision.code, name: subdivision.name })
  regionsByAlpha2.set(subdivision.parent, list)
}

const countries = iso31661
  .filter((country) => country.state === 'assigned')
  .map((country) => ({
    code: country.alpha3,
    name: country.name,
    regions: (regionsByAlpha2.get(country.alpha2) ?? []).sort(byCode)
  }))
  .sort(byCode)

// One country per line keeps diffs of a package upgrade readable.
const lines = countries.map((country) => '    ' + JSON.stringify(country))
const header = {
  source: `npm ${manifest.name}@${manifest.version} (https://github.com/${manifest.repository})`,
  license: manifest.license,
  generator: 'tools/iso3166/generate.mjs'
}
const json =
  '{\n' +
  Object.entries(header).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`).join('') +
  '  "countries": [\n' +
  lines.join(',\n') +
  '\n  ]\n}\n'

const here = path.dirname(fileURLToPath(import.meta.url))
const target = path.resolve(here, '../../TrunkPortal/ServiceAddresses/Data/iso3166.json')
await writeFile(target, json, 'utf8')
const regionCount = countries.reduce((sum, country) => sum + country.regions.length, 0)
console.log(`wrote ${target}: ${countries.length} countries, ${regionCount} regions`)
