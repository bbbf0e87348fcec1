import Link from 'next/link';

/** Unknown stories, tags and authors (this segment does not know the language: both). */
export default function NotFound() {
  return (
    <div className="listing">
      <h1>404</h1>
      <p>This page does not exist. · Такої сторінки немає.</p>
      <p>
        <Link href="/">Newsroom</Link> · <Link href="/uk">Ньюзрум</Link>
      </p>
    </div>
  );
}
