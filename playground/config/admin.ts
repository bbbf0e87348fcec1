/**
 * Strapi's Preview for newsroom articles: the Content Manager's "Open preview" opens the
 * reference site's preview route, which checks the secret, turns on its draft mode and shows
 * the story read with `status=draft` and a read-only API token (README, "Draft preview").
 * NEWSROOM_SITE_URL is the site; PREVIEW_SECRET is shared with it.
 */
const ARTICLE = 'plugin::newsroom.article';

export default ({ env }) => {
  const siteUrl = env('NEWSROOM_SITE_URL', 'http://localhost:3000');
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: env('API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY'),
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [siteUrl],
        async handler(
          uid: string,
          { documentId, locale, status }: { documentId: string; locale?: string; status: string }
        ) {
          if (uid !== ARTICLE) return null;
          const article = await strapi
            .documents(ARTICLE)
            .findOne({ documentId, locale, status: status as 'draft', fields: ['slug'] });
          if (!article?.slug) return null;
          const params = new URLSearchParams({
            secret: env('PREVIEW_SECRET', ''),
            slug: article.slug,
            locale: locale ?? '',
            status,
          });
          return `${siteUrl}/api/preview?${params}`;
        },
      },
    },
  };
};
