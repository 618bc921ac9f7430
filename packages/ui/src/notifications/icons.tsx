import type { SVGProps } from "react";

/** Stroke icons drawn in the current text colour; decorative, so hidden from assistive technology. */
function StrokeIcon({ size = 20, children, ...props }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

/** A bell: notifications. */
export function BellIcon({ size }: { size?: number }) {
  return (
    <StrokeIcon size={size}>
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </StrokeIcon>
  );
}

/** A tick: mark as read. */
export function CheckIcon({ size }: { size?: number }) {
  return (
    <StrokeIcon size={size}>
      <path d="M5 12l5 5l10 -10" />
    </StrokeIcon>
  );
}
