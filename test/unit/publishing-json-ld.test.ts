import { defaultSite } from '../../server/src/config/site';
import { toNewsArticle } from '../../server/src/distribution/json-ld';
import { siteUrls, type SiteContext } from '../../server/src/distribution/site-urls';
import type { PublicArticle } from '../../server/src/distribution/types';

const site: SiteContext = {
  ...defaultSite,
  url: 'https://news.example.com',
  mediaUrl: 'https://cms.example.com',
  defaultLocale: 'en',
  publication: {
    name: 'UNIAN',
    logo: 'https://news.example.com/logo.png',
    languages: { uk: 'uk-UA' },
  },
};
const urls = siteUrls(site);

/** The UNIAN story of the demo newsroom, as the repository reads it. */
const story: PublicArticle = {
  documentId: 'doc1',
  locale: 'uk',
  title: 'All allies agree that Ukraine will become a member of NATO',
  slug: 'all-allies-agree',
  lead: 'NATO assures that they will be on Ukraine’s side as long as necessary.',
  section: 'Politics',
  dateline: 'Brussels',
  source: 'UNIAN',
  canonicalUrl: null,
  datePublished: '2023-10-11T09:00:00.000Z',
  publishedAt: '2023-10-12T09:00:00.000Z',
  updatedAt: 1697100000000 as unknown as string,
  coverCaption: 'NATO has assured that it will support Ukraine',
  coverCredit: 'UNIAN collage, photo',
  cover: { url: '/uploads/collage.jpg' },
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }],
  authors: [
    { name: 'UNIAN correspondent', slug: 'unian', jobTitle: null },
    { name: 'No Slug', slug: null },
  ],
  tags: [
    { name: 'Ukraine – NATO', slug: 'ukraine-nato', runningStory: true },
    { name: 'Politics', slug: 'politics', runningStory: false },
  ],
};

describe('JSON-LD mapping', () => {
  it('maps a story to a NewsArticle', () => {
    expect(toNewsArticle(story, site, urls)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example.com/uk/news/all-allies-agree#article',
      headline: story.title,
      description: story.lead,
      url: 'https://news.example.com/uk/news/all-allies-agree',
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': 'https://news.example.com/uk/news/all-allies-agree',
      },
      datePublished: '2023-10-11T09:00:00.000Z',
      dateModified: new Date(1697100000000).toISOString(),
      inLanguage: 'uk-UA',
      author: [
        {
          '@type': 'Person',
          name: 'UNIAN correspondent',
          url: 'https://news.example.com/uk/authors/unian',
        },
        { '@type': 'Person', name: 'No Slug' },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'UNIAN',
        url: 'https://news.example.com/',
        logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' },
      },
      image: {
        '@type': 'ImageObject',
        url: 'https://cms.example.com/uploads/collage.jpg',
        contentUrl: 'https://cms.example.com/uploads/collage.jpg',
        caption: 'NATO has assured that it will support Ukraine',
        creditText: 'UNIAN collage, photo',
      },
      articleSection: 'Politics',
      keywords: ['Ukraine – NATO', 'Politics'],
      dateline: 'Brussels',
      sourceOrganization: { '@type': 'Organization', name: 'UNIAN' },
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: 'Ukraine – NATO',
        url: 'https://news.example.com/uk/tags/ukraine-nato',
      },
    });
  });

  it('adds articleBody only when asked, and uses the canonical URL as the main page', () => {
    const ld = toNewsArticle(
      { ...story, canonicalUrl: 'https://www.unian.info/x.html' },
      site,
      urls,
      {
        articleBody: true,
      }
    );
    expect(ld.articleBody).toBe('Body.');
    expect(ld.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': 'https://www.unian.info/x.html',
    });
  });

  it('leaves out what a story does not have, and lists several running stories', () => {
    const bare = toNewsArticle(
      {
        ...story,
        lead: null,
        cover: null,
        section: null,
        dateline: null,
        source: null,
        datePublished: null,
        authors: [],
        tags: [
          { name: 'A', slug: 'a', runningStory: true },
          { name: 'B', slug: 'b', runningStory: true },
        ],
      },
      site,
      urls
    ) as unknown as Record<string, unknown>;
    for (const key of [
      'description',
      'image',
      'articleSection',
      'dateline',
      'author',
      'sourceOrganization',
    ])
      expect(bare).not.toHaveProperty(key);
    expect(bare.datePublished).toBe('2023-10-12T09:00:00.000Z');
    expect(bare.isPartOf).toHaveLength(2);
  });
});
