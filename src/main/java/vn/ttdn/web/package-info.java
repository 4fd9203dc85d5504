/**
 * The shell of the web application: layout, home page, locale switch, error pages and the mapping of
 * service refusals to Vietnamese messages for pages and the JSON API; the page cache; creating requests done once
 * when retried (Idempotency-Key) or sent twice (a form's one-time id).
 */
package vn.ttdn.web;
