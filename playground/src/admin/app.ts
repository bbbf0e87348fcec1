export default {
  config: {
    // The demo newsroom publishes in English and Ukrainian; so does its admin.
    locales: ['uk'],
  },
  bootstrap() {},
};
