import type { Stack } from '../catalog/types.js';

function versionOf(text: string): number[] | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return match ? match.slice(1).map((n) => Number(n ?? 0)) : undefined;
}

function atLeast(have: number[], want: number[]): boolean {
  for (let i = 0; i < want.length; i++) {
    if ((have[i] ?? 0) !== want[i]) return (have[i] ?? 0) > want[i];
  }
  return true;
}

export async function checkToolchain(stack: Stack): Promise<string> {
  const { execa } = await import('execa');
  const found: string[] = [];
  for (const tool of stack.toolchain) {
    const result = await execa(tool.command, tool.versionArgs, { reject: false, all: true }).catch(() => undefined);
    if (!result || result.exitCode !== 0) throw new Error(`${tool.command} not found: install ${tool.command} ${tool.minVersion} or newer`);
    const have = versionOf(String(result.all));
    const want = versionOf(tool.minVersion + '.0')!;
    if (!have || !atLeast(have, want)) {
      throw new Error(`${tool.command} ${have?.join('.') ?? '(unknown version)'} is older than the ${tool.minVersion} this starter needs`);
    }
    found.push(`${tool.command} ${have.join('.')}`);
  }
  return found.join(', ');
}
