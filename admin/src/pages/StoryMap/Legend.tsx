import { Box, Flex, Typography } from '@strapi/design-system';

import { useT } from '../../hooks/useT';
import { NO_SECTION_COLOR } from './sections';

const Swatch = ({ color, dashed }: { color: string; dashed?: boolean }) => (
  <Box
    width="1.2rem"
    height="1.2rem"
    hasRadius
    style={{
      background: dashed ? '#ffffff' : color,
      border: `2px ${dashed ? 'dashed' : 'solid'} ${color}`,
    }}
  />
);

/** What the colours and outlines of the map mean. */
export const Legend = ({
  colors,
  hasUnsectioned,
}: {
  colors: Map<string, string>;
  hasUnsectioned: boolean;
}) => {
  const t = useT();
  const entries = [...colors.entries()];
  return (
    <Flex
      gap={4}
      wrap="wrap"
      alignItems="center"
      aria-label={t('map.legend')}
      data-testid="newsroom-map-legend"
    >
      <Typography variant="sigma">{t('map.legend')}</Typography>
      {entries.map(([section, color]) => (
        <Flex key={section} gap={1}>
          <Swatch color={color} />
          <Typography variant="pi">{section}</Typography>
        </Flex>
      ))}
      {hasUnsectioned && (
        <Flex gap={1}>
          <Swatch color={NO_SECTION_COLOR} />
          <Typography variant="pi">{t('map.noSection')}</Typography>
        </Flex>
      )}
      <Flex gap={1}>
        <Swatch color={NO_SECTION_COLOR} dashed />
        <Typography variant="pi">{t('map.orphan')}</Typography>
      </Flex>
    </Flex>
  );
};
