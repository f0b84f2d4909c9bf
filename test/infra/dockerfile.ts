/** One instruction of a Dockerfile, continuation lines joined. */
export interface DockerInstruction {
  op: string;
  args: string;
}

export interface DockerStage {
  from: string;
  name: string | undefined;
  instructions: DockerInstruction[];
}

/** Splits a Dockerfile into its stages (Docker is not installed here; the file is read as text). */
export function dockerStages(text: string): DockerStage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: DockerStage[] = [];
  for (const line of logical) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { op: op.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.op === 'FROM') {
      const [from = '', , name] = instruction.args.split(' ');
      stages.push({ from, name, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}
