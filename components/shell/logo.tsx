export function WharfLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#ff9900" />
      <path d="M6 19h20l-2.5 5h-15z" fill="#232f3e" />
      <rect x="9" y="11" width="6" height="6" rx="1" fill="#232f3e" />
      <rect x="17" y="8" width="6" height="9" rx="1" fill="#232f3e" />
    </svg>
  );
}
