import { ACTIONS } from '../../shared/contracts/permissions';

/** `useRBAC` names each action after its last part: `canRead`, `canManage`. */
export const PANEL_PERMISSIONS = [
  { action: ACTIONS.readSuggestions, subject: null },
  { action: ACTIONS.manageLinks, subject: null },
];

export const REPORT_PERMISSIONS = [{ action: ACTIONS.viewReports, subject: null }];

export const MANAGE_PERMISSIONS = [{ action: ACTIONS.manageLinks, subject: null }];
