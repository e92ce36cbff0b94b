/**
 * The validator reads files through src/kernel/content-safety, the one reading that the build's
 * content guard shares, so validation and the build can never see a file differently.
 */
export {
  parseSourceBytes,
  parseSourceFile,
  positionOfOffset,
  positionOfPath,
  readSourceFile,
  unexpected,
  type Position,
  type SourceFile,
} from '../../src/kernel/content-safety/source-file.ts';
