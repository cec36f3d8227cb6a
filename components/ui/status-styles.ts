import type { ComponentType } from 'react';
import { AlertTriangleIcon, CheckCircleIcon, InfoIcon, XCircleIcon, type IconProps } from './icons';

export type AlertType = 'error' | 'warning' | 'success' | 'info';

/** One icon per message type, shared by Alert and the toast flash bar. */
export const alertIcons: Record<AlertType, ComponentType<IconProps>> = {
  error: XCircleIcon,
  warning: AlertTriangleIcon,
  success: CheckCircleIcon,
  info: InfoIcon,
};
