/**
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary before
 * it is signed (afterPack runs before signing, so the signature covers the flipped fuses).
 *
 * Wire it in build/electron-builder.yml with:   afterPack: build/fuses.cjs
 * (and do NOT also set `electronFuses:` there: the two would flip the same wire twice).
 *
 * What each fuse means for Parley:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a general Node.
 * - NODE_OPTIONS and --inspect off: no code injection through the environment or a debugger port.
 * - Embedded asar integrity on + only load app from asar: the app code that runs is the
 *   code that was signed (electron-builder writes the asar hash; macOS and Windows check it).
 * - Cookie encryption on, no extra file:// privileges: the app is served from parley://.
 */
const { join } = require('node:path');

/** Kept as plain data so test/unit/fuses.test.ts can check it without packaging. */
const PARLEY_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: false,
};

function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName);
  }
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
  const wires = Object.fromEntries(
    Object.entries(PARLEY_FUSES).map(([option, value]) => {
      if (!(option in FuseV1Options)) throw new Error(`Unknown Electron fuse ${option}`);
      return [FuseV1Options[option], value];
    }),
  );
  await flipFuses(electronBinary(context), {
    version: FuseVersion.V1,
    // Flipping changes the binary: on Apple silicon the ad-hoc signature must be redone.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 /* Arch.arm64 */,
    ...wires,
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.PARLEY_FUSES = PARLEY_FUSES;
