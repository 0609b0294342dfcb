import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

export const SHELL_PREFERENCES_FILE = 'shell-preferences.json';
const MAX_RECENT_EXPORTS = 8;

/** What a save dialog saves: PDFs (plan, offer sheet) and downloads (deal files, evidence files). */
export const SAVE_KINDS = ['pdf', 'download'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

const recentExportSchema = z.object({
  path: z.string().min(1),
  kind: z.enum(SAVE_KINDS),
  savedAt: z.iso.datetime(),
});
export type RecentExport = z.infer<typeof recentExportSchema>;

/** The file on disk; anything it holds beyond this shape is dropped on the next save. */
const preferencesSchema = z.object({
  lastFolders: z.partialRecord(z.enum(SAVE_KINDS), z.string().min(1)).default({}),
  recentExports: z.array(recentExportSchema).max(MAX_RECENT_EXPORTS).default([]),
});
type Preferences = z.infer<typeof preferencesSchema>;

/**
 * Desktop-only memory, kept in the data folder beside the database: the folder each kind
 * of save dialog last saved to, and the files exported lately (File ▸ Recent exports).
 * Losing it costs nothing but convenience, so a damaged file starts over instead of
 * stopping the app.
 */
export class ShellPreferences {
  private constructor(
    private readonly file: string,
    private state: Preferences,
    readonly problem: string | null,
  ) {}

  static async load(dataDir: string): Promise<ShellPreferences> {
    const file = join(dataDir, SHELL_PREFERENCES_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return new ShellPreferences(file, preferencesSchema.parse({}), null);
    }
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(text));
      if (parsed.success) return new ShellPreferences(file, parsed.data, null);
      return new ShellPreferences(file, preferencesSchema.parse({}), `${SHELL_PREFERENCES_FILE} was not understood`);
    } catch {
      return new ShellPreferences(file, preferencesSchema.parse({}), `${SHELL_PREFERENCES_FILE} is not JSON`);
    }
  }

  folderFor(kind: SaveKind): string | undefined {
    return this.state.lastFolders[kind];
  }

  /** `fileName` in the folder this kind last saved to, else in `fallbackFolder`. */
  defaultPath(kind: SaveKind, fileName: string, fallbackFolder: string): string {
    return join(this.folderFor(kind) ?? fallbackFolder, basename(fileName));
  }

  recentExports(): readonly RecentExport[] {
    return this.state.recentExports;
  }

  /** Remembers a file the user saved; resolves once it is on disk. */
  async remember(kind: SaveKind, savedPath: string, savedAt = new Date()): Promise<void> {
    const entry = { path: savedPath, kind, savedAt: savedAt.toISOString() };
    this.state = preferencesSchema.parse({
      lastFolders: { ...this.state.lastFolders, [kind]: dirname(savedPath) },
      recentExports: [entry, ...this.state.recentExports.filter((e) => e.path !== savedPath)].slice(
        0,
        MAX_RECENT_EXPORTS,
      ),
    });
    // Write-then-rename: a crash mid-write leaves the previous file, never half of one.
    const temporary = `${this.file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(this.state, null, 2)}\n`);
      await rename(temporary, this.file);
    } finally {
      await rm(temporary, { force: true });
    }
  }
}
