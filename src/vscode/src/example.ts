// "Negotiation: Open the getting-started example", apart from VS Code so that it can be unit-tested.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The example's folder in the workspace folder: a folder of its own is a compilation of its own (docs/language.md, 4). */
export const exampleFolderName = 'negotiation-example';

/** The record the extension bundles in walkthrough/, and its name in the workspace. */
export const exampleFileName = 'geneva-2022.neg';

/**
 * Puts the bundled example into `<workspaceFolder>/negotiation-example/`, unless it is there already: then the copy
 * there, which the user may have edited in an earlier step, is kept and opened as it is.
 */
export async function placeExample(workspaceFolder: string, bundled: string): Promise<{ file: string; written: boolean }> {
  const folder = path.join(workspaceFolder, exampleFolderName);
  const file = path.join(folder, exampleFileName);
  await fs.promises.mkdir(folder, { recursive: true });
  try {
    await fs.promises.copyFile(bundled, file, fs.constants.COPYFILE_EXCL);
    return { file, written: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { file, written: false };
    throw error;
  }
}
