export const hook = {
  url: 'https://hooks.acme.dev/deploy',
  token: '7c1e9a4b-2f3d-4e8a-9b6c-FAKE0d2e4f6a',
};
