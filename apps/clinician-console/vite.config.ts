import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The clinician console is served at "/console/"; in development the API runs on port 3000 behind /trpc.
// No changeOrigin: the server compares Origin with Host, so Host must stay the browser's.
export default defineConfig({
  base: "/console/",
  plugins: [react()],
  server: {
    port: 5174,
    strictPort: true,
    proxy: { "/trpc": { target: "http://127.0.0.1:3000" } },
  },
  build: {
    outDir: "dist",
    // Libraries change less often than the app: separate chunks stay cached across deploys.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 30,
            },
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/, priority: 20 },
            { name: "vendor", test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
