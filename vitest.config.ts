import { defineConfig } from "vitest/config";

const integration = [
  "packages/*/src/**/*.int.test.ts",
  "apps/*/src/**/*.int.test.ts",
  "tests/integration/**/*.int.test.ts",
];

// Projects: unit tests beside the code, integration tests on each dialect, browser tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: { name: "int-sqlite", include: integration, env: { TEST_DIALECT: "sqlite" }, testTimeout: 30_000 },
      },
      {
        test: {
          name: "int-postgres",
          include: integration,
          env: { TEST_DIALECT: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
