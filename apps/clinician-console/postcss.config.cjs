// Mantine's PostCSS preset: rem/em functions, light/dark mixins, breakpoints variables.
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};
