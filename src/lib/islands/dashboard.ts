/**
 * The dashboard's script (`/islands/dashboard.js?v=…`). Its code is an entry of its own
 * (dashboardIslands.ts, named by its hash): a chunk loaded later (the map, a file made in the
 * browser) that needs the dashboard's modules then imports them from there, under the very URL the
 * page ran, not from `dashboard.js` without the page's `?v=`, which the browser would run again.
 */
import './dashboardIslands';
