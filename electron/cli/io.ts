/**
 * Where a command's output goes and what environment it sees. Tests pass collectors and
 * their own environment so that every command runs in-process, exactly as from a shell.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
}
