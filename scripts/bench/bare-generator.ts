import Generator from 'yeoman-generator';

/** The floor for `yo backend-stack`: a Yeoman generator that only writes BENCH_FILES small files. */
export default class BareGenerator extends Generator {
  constructor(args: string[], options: Generator['options']) {
    super(args, options, { customInstallTask: true });
    this.argument('name', { type: String, required: true });
  }

  writing(): void {
    const count = Number(process.env.BENCH_FILES ?? 20);
    const root = (this.options as unknown as Record<string, string>).name;
    for (let i = 0; i < count; i++) this.fs.write(this.destinationPath(root, `file-${i}.txt`), `file ${i}\n`);
  }
}
