import { DesignSystemProvider } from '@strapi/design-system';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';

import en from '../../../admin/src/translations/en.json';
import uk from '../../../admin/src/translations/uk.json';
import { getTranslation } from '../../../admin/src/utils/getTranslation';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));

const MESSAGES = { en: prefixed(en), uk: prefixed(uk) };

/** Shows where the router went, so tests can check that a click opened the edit view. */
const CurrentLocation = () => {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
};

/** Renders admin UI as the Strapi admin would: design system, plugin messages, a router. */
export const renderAdmin = (ui: ReactElement, { locale = 'en' as 'en' | 'uk' } = {}) =>
  render(
    <MemoryRouter
      initialEntries={['/']}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      <DesignSystemProvider locale={locale}>
        <IntlProvider locale={locale} messages={MESSAGES[locale]} defaultLocale="en">
          <Routes>
            <Route path="*" element={ui} />
          </Routes>
          <CurrentLocation />
        </IntlProvider>
      </DesignSystemProvider>
    </MemoryRouter>
  );
