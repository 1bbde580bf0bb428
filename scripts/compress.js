// After `vite build`: write .br (quality 11) and .gz (level 9) next to every text asset, so
// the server sends the smallest bytes without compressing on each request. Families pay
// for every byte; max-quality brotli saves about a fifth over on-the-fly compression.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|json|svg|webmanifest|txt)$/;

export function compressDir(dir) {
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const body = fs.readFileSync(file);
    if (body.length < 1024) continue; // not worth it; served as is
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
    files += 1;
  }
  return files;
}

if (process.argv[1] === import.meta.filename) {
  const dir = path.resolve(process.argv[2] ?? process.env.QADAM_OUT_DIR ?? 'dist');
  console.log(`compressed ${compressDir(dir)} files in ${path.relative(process.cwd(), dir) || '.'}`);
}
