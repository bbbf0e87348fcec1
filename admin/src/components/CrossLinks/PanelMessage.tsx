import { Typography } from '@strapi/design-system';

/** A sentence of the panel about what it cannot do (unsaved story, permissions). */
export const PanelMessage = ({ children }: { children: string }) => (
  <Typography variant="omega" textColor="neutral600" data-testid="newsroom-panel-message">
    {children}
  </Typography>
);
