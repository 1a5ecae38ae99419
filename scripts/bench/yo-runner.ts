/**
 * Runs one Yeoman generator through yeoman-environment, as `yo` does, without yo's own start-up, so the
 * benchmark compares generators and not launchers: node yo-runner.js GENERATOR_PATH ARGS...
 */
import { createEnv } from 'yeoman-environment';

const [generatorPath, ...args] = process.argv.slice(2);
const env = createEnv({ skipInstall: true });
env.register(generatorPath, { namespace: 'bench:app' });
await env.run(['bench:app', ...args], { skipInstall: true });
