// The fonts the shots may use: only Debian's fonts-dejavu-core, the font package a fresh Debian
// machine with Chromium has (fontconfig depends on it), whatever else this machine has
// installed. Chromium gets a fontconfig setup of its own that knows just those files, with the
// generic families and rendering settings spelt out.
import { mkdirSync, mkdtempSync, existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dejavu = '/usr/share/fonts/truetype/dejavu';
const files = ['Sans', 'Sans-Bold', 'SansMono', 'SansMono-Bold', 'Serif', 'Serif-Bold'].map(
  (face) => `DejaVu${face}.ttf`,
);
const families = {
  'DejaVu Sans': ['sans-serif', 'sans', 'system-ui', 'ui-sans-serif', 'Arial', 'Helvetica'],
  'DejaVu Serif': ['serif', 'ui-serif', 'Times New Roman', 'Times'],
  'DejaVu Sans Mono': ['monospace', 'ui-monospace', 'Courier New', 'Courier'],
};

/** Writes the setup to a temporary folder: `file` for FONTCONFIG_FILE, `remove()` after. */
export function dejavuFontConfig() {
  const missing = files.filter((file) => !existsSync(join(dejavu, file)));
  if (missing.length) {
    console.error(
      `Missing ${missing.join(', ')} in ${dejavu}: install Debian's "fonts-dejavu-core" package.`,
    );
    process.exit(1);
  }
  const folder = mkdtempSync(join(tmpdir(), 'bl-visual-fonts-'));
  mkdirSync(join(folder, 'fonts'));
  for (const file of files) symlinkSync(join(dejavu, file), join(folder, 'fonts', file));
  const aliases = Object.entries(families)
    .flatMap(([font, names]) =>
      names.map(
        (name) =>
          `  <alias binding="same"><family>${name}</family><prefer><family>${font}</family></prefer></alias>`,
      ),
    )
    .join('\n');
  const file = join(folder, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${join(folder, 'fonts')}</dir>
  <cachedir>${join(folder, 'cache')}</cachedir>
${aliases}
  <match target="pattern">
    <test qual="all" name="family" compare="not_eq"><string>DejaVu Serif</string></test>
    <test qual="all" name="family" compare="not_eq"><string>DejaVu Sans Mono</string></test>
    <edit name="family" mode="append_last"><string>DejaVu Sans</string></edit>
  </match>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`,
  );
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
