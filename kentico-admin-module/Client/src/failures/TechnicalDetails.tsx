import type { ReactNode } from 'react';

const preStyle = {
  margin: 0,
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
} as const;

/** Raw data for a developer, closed by default: merchants read the summary above it. */
export function TechnicalDetails(props: { summary?: string; children: ReactNode }) {
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>{props.summary ?? 'Technical details'}</summary>
      <pre style={preStyle}>{props.children}</pre>
    </details>
  );
}
