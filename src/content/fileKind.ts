/** The parts of fs.Stats and fs.Dirent that tell what kind of entry a path is. */
export interface FileKindInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** Names what a file system entry is, for messages: "a FIFO (named pipe)", "a folder", … */
export function fileKind(entry: FileKindInfo): string {
  if (entry.isFile()) return 'a regular file';
  if (entry.isDirectory()) return 'a folder';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}
