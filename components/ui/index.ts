export { cn, type ClassValue } from './cn';
export * from './icons';
export { Spinner, type SpinnerProps } from './spinner';
export {
  Button,
  ButtonLink,
  buttonClasses,
  type ButtonProps,
  type ButtonLinkProps,
  type ButtonSize,
  type ButtonVariant,
} from './button';
export { Alert, type AlertProps, type AlertType } from './alert';
export { StatusIndicator, type StatusIndicatorProps, type StatusType } from './status-indicator';
export { Container, Header, type ContainerProps, type HeaderProps, type HeaderVariant } from './container';
export {
  FormField,
  fieldIds,
  Input,
  Textarea,
  Select,
  Checkbox,
  Toggle,
  type FormFieldProps,
  type InputProps,
  type TextareaProps,
  type SelectProps,
  type SelectOption,
  type CheckboxProps,
  type ToggleProps,
} from './field';
export {
  Table,
  Pagination,
  ariaSort,
  nextSort,
  pageRange,
  sortItems,
  type TableColumn,
  type TableProps,
  type PaginationProps,
  type SortDirection,
  type SortState,
} from './table';
export { KeyValuePairs, type KeyValueItem, type KeyValuePairsProps } from './key-value';
export { Breadcrumbs, type BreadcrumbItem, type BreadcrumbsProps } from './breadcrumbs';
export { Modal, ConfirmModal, type ModalProps, type ConfirmModalProps, type ModalSize } from './modal';
export {
  ToastProvider,
  useToast,
  FlashFromQuery,
  type ToastApi,
  type ToastProviderProps,
  type Toast,
  type ToastInput,
  type ToastType,
  type FlashFromQueryProps,
  type FlashMessage,
} from './toast';
export { Tabs, type TabItem, type TabsProps } from './tabs';
export { Badge, type BadgeColor, type BadgeProps } from './badge';
export { CopyButton, type CopyButtonProps } from './copy-button';
export { CodeBlock, type CodeBlockProps } from './code-block';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ExpandableSection, type ExpandableSectionProps } from './expandable-section';
