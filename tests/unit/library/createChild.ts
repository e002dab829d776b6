import { createLibraryFile } from '../../../electron/library/createLibrary';

/*
 * A separate process that creates one library, so a test can kill it at any moment:
 * `node createChild.cjs <file> <seed>`. Prints nothing; exits 0 once the library is in place.
 */
const [file, seed] = process.argv.slice(2);
if (!file || (seed !== 'starter' && seed !== 'sample')) {
  console.error('usage: createChild <file> starter|sample');
  process.exit(2);
}
createLibraryFile(file, { seed });
