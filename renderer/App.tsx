// The app shell: skip link, header with navigation, and the page for the route.

import { useEffect } from 'react';
import { NoticeBanner } from './components/NoticeBanner';
import { href, matchPath, useRoute } from './router';
import { navigation, routes } from './routes';
import { useFocusAfterNavigation } from './use-focus-after-navigation';

function findRoute(path: string) {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}

/** The navigation item for a path: its own, or the area it sits in ("/contracts/ID" is Contracts). */
function currentArea(path: string): string {
  const area = `/${path.split('/')[1] ?? ''}`;
  return navigation.some((item) => item.path === area) ? area : '/';
}

export function App() {
  const { path, query } = useRoute();
  const found = findRoute(path);
  const pageTitle = found?.route.title ?? 'Page not found';
  useEffect(() => {
    document.title = `${pageTitle} – Social Value Tracker`;
  }, [pageTitle]);
  const area = currentArea(path);
  useFocusAfterNavigation(path, 'main');
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
              {navigation.map((item) => (
                <li key={item.path}>
                  <a
                    href={href(item.path)}
                    aria-current={
                      item.path === path ? 'page' : item.path === area ? 'true' : undefined
                    }
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <NoticeBanner />
        {found ? (
          <found.route.Page key={found.route.pattern + path} params={found.params} query={query} />
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
