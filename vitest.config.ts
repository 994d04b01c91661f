import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Exhaustive property tests (every draft × platform × stage) take seconds on a
    // loaded 2-core machine; the default 5 s turns load into false failures.
    testTimeout: 30_000,
    // Deadlines with no marketplace zone count days in the runtime's zone (the agent's): pinned,
    // so the expected days are the same on every developer's and CI machine.
    env: { TZ: 'UTC' },
  },
});
