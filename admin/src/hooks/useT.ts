import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import en from '../translations/en.json';
import { getTranslation } from '../utils/getTranslation';

export type MessageKey = keyof typeof en;
type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** Formats one of the plugin's messages (en.json holds the keys and the English defaults). */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Values) =>
      formatMessage({ id: getTranslation(key), defaultMessage: en[key] }, values),
    [formatMessage]
  );
};
