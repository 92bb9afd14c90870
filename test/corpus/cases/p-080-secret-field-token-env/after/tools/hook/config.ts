export const hook = {
  url: 'https://hooks.acme.dev/deploy',
  token: process.env.DEPLOY_HOOK_TOKEN,
};
