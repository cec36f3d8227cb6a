'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem', textAlign: 'center' }}>
        <h1>Wharf could not load</h1>
        <p>Reload the page. Reference: {error.digest ?? 'unknown'}</p>
      </body>
    </html>
  );
}
