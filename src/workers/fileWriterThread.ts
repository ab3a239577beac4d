import { writeOutputFile } from '../render/writeOutputFile.js';
import { serveRequests } from './serveRequests.js';

/** The file-writer thread: writes the files it is sent, in order, so the main thread can keep rendering. */
const made = new Set<string>();

serveRequests(
  {
    files(files: { file: string; content: string }[]) {
      for (const { file, content } of files) writeOutputFile(file, content, made);
      return files.length;
    },
  },
  '[zixun] writing pages: ',
);
