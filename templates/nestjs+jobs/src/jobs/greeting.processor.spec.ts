import { GreetingProcessor } from './greeting.processor.js';

describe('GreetingProcessor', () => {
  it('greets the name of the job', async () => {
    const job = { id: '7', data: { name: 'Ada' } };
    await expect(
      new GreetingProcessor().process(job as never),
    ).resolves.toEqual({ message: 'Hello, Ada!' });
  });
});
