// The app shell: skip link, header with navigation, and the page for the route.

import { useEffect } from 'react';
import { HomePage } from './pages/HomePage';
import { ProfilePage } from './pages/ProfilePage';
import { href, useRoutePath } from './router';

const pages = [
  { path: '/', title: 'Home', Page: HomePage },
  { path: '/profile', title: 'Council profile', Page: ProfilePage },
];

export function App() {
  const path = useRoutePath();
  const page = pages.find((candidate) => candidate.path === path);
  const pageTitle = page?.title ?? 'Page not found';
  useEffect(() => {
    document.title = `${pageTitle} – Social Value Tracker`;
  }, [pageTitle]);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="container header-row">
          <span className="app-name">Social Value Tracker</span>
          <nav aria-label="Main">
            <ul className="nav-list">
              {pages.map(({ path: target, title }) => (
                <li key={target}>
                  <a href={href(target)} aria-current={target === path ? 'page' : undefined}>
                    {title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        {page ? (
          <page.Page />
        ) : (
          <>
            <h1>Page not found</h1>
            <p>
              There is no page at this address. <a href={href('/')}>Go to the home page</a>.
            </p>
          </>
        )}
      </main>
    </>
  );
}
