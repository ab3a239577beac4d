import { execFile } from 'node:child_process';

/** A finished command: its exit code and everything it printed. */
export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to the end and resolves with its exit code and output, whatever the code. */
export function runTool(command: string, args: readonly string[]): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new Error(`[zixun test] ${command} could not run: ${error.message}`));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}
