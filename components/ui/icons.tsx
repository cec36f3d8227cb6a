import type { ReactNode } from 'react';
import { cn } from './cn';

export interface IconProps {
  className?: string;
}

/** Icons are decorative: the text next to them carries the meaning, so they stay hidden from AT. */
function Svg({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={cn('size-4 shrink-0', className)}
    >
      {children}
    </svg>
  );
}

export const CheckIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m2.5 8.5 3.5 3.5 7.5-8" />
  </Svg>
);
export const CheckCircleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="7" />
    <path d="m5 8.5 2 2 4-4.5" />
  </Svg>
);
export const XIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m3 3 10 10M13 3 3 13" />
  </Svg>
);
export const XCircleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="7" />
    <path d="m5.5 5.5 5 5m0-5-5 5" />
  </Svg>
);
export const AlertTriangleIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 1.5 1 14.5h14L8 1.5Z" />
    <path d="M8 6.5v3.5m0 2.3v.2" />
  </Svg>
);
export const InfoIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="7" />
    <path d="M8 7.5V12m0-7.7v.2" />
  </Svg>
);
export const ClockIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="7" />
    <path d="M8 4v4l2.5 2" />
  </Svg>
);
export const StoppedIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="7" />
    <path d="M5 8h6" />
  </Svg>
);
export const SpinnerIcon = ({ className }: IconProps) => (
  <Svg className={cn('motion-safe:animate-spin', className)}>
    <circle cx="8" cy="8" r="6.5" className="opacity-25" />
    <path d="M8 1.5A6.5 6.5 0 0 1 14.5 8" />
  </Svg>
);
export const ChevronRightIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m6 3 5 5-5 5" />
  </Svg>
);
export const ChevronLeftIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m10 3-5 5 5 5" />
  </Svg>
);
export const ChevronDownIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m3 6 5 5 5-5" />
  </Svg>
);
export const ChevronUpIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m3 10 5-5 5 5" />
  </Svg>
);
export const SortIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m5 6 3-3 3 3M5 10l3 3 3-3" />
  </Svg>
);
export const ExternalLinkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M13 9v5H2V3h5m3-1h4v4M14 2 7 9" />
  </Svg>
);
export const CopyIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="5" y="5" width="9" height="9" rx="1" />
    <path d="M11 5V2H2v9h3" />
  </Svg>
);
export const MenuIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M1.5 3.5h13m-13 4.5h13m-13 4.5h13" />
  </Svg>
);
export const BellIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 12V7a5 5 0 0 1 10 0v5l1.5 1.5h-13L3 12Zm3.5 2.5a1.5 1.5 0 0 0 3 0" />
  </Svg>
);
export const UserIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="5" r="3" />
    <path d="M2 15a6 6 0 0 1 12 0" />
  </Svg>
);
export const LogOutIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 14H2V2h4m4 9 3-3-3-3m3 3H6" />
  </Svg>
);
export const TrashIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M2 4h12M6 4V2h4v2m2.5 0-.7 10H4.2L3.5 4M6.5 7v4.5m3-4.5v4.5" />
  </Svg>
);
export const PlusIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 2v12M2 8h12" />
  </Svg>
);
export const LockIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="2.5" y="7" width="11" height="8" rx="1" />
    <path d="M5 7V4.5a3 3 0 0 1 6 0V7" />
  </Svg>
);
export const SearchIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="7" cy="7" r="5" />
    <path d="m11 11 3.5 3.5" />
  </Svg>
);
