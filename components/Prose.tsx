/**
 * Renders a content body. The HTML was produced from Markdown and sanitized at build time
 * (lib/content/markdown.ts), so it is safe to insert.
 */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  return (
    <div
      className={`prose max-w-prose ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
